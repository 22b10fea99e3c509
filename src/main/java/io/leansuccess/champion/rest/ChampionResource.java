package io.leansuccess.champion.rest;

import io.leansuccess.api.ApiRoles;
import io.leansuccess.champion.ChampionService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.springframework.stereotype.Component;

/** An account's champions network, named from the CRM or by the CSM. */
@Component
@Path("/accounts/{accountId}/champions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ApiRoles.CSM, ApiRoles.MANAGER, ApiRoles.ADMIN, ApiRoles.INTEGRATION_CRM})
@Tag(name = "Champions")
public class ChampionResource {

  private final ChampionService champions;

  public ChampionResource(ChampionService champions) {
    this.champions = champions;
  }

  @GET
  @Operation(summary = "The account's champions, by e-mail address")
  public List<ChampionRepresentation> list(@PathParam("accountId") String accountId) {
    return champions.ofAccount(accountId).stream().map(ChampionRepresentation::from).toList();
  }

  @PUT
  @Path("/{email}")
  @Operation(
      summary = "Name a champion, or change their name or segment; repeating it changes nothing")
  @ApiResponse(
      responseCode = "201",
      description = "Named",
      content = @Content(schema = @Schema(implementation = ChampionRepresentation.class)))
  @ApiResponse(
      responseCode = "200",
      description = "Changed, or already so",
      content = @Content(schema = @Schema(implementation = ChampionRepresentation.class)))
  public Response put(
      @PathParam("accountId") String accountId,
      @PathParam("email") @Email @Size(max = 255) String email,
      @NotNull @Valid ChampionRequest body,
      @Context UriInfo uriInfo) {
    var named = champions.name(accountId, email, body.name(), body.segmentKey());
    var entity = ChampionRepresentation.from(named.champion());
    return named.outcome() == ChampionService.Outcome.CREATED
        ? Response.created(uriInfo.getAbsolutePath()).entity(entity).build()
        : Response.ok(entity).build();
  }
}
