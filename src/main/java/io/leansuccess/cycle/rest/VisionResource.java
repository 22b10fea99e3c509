package io.leansuccess.cycle.rest;

import io.leansuccess.api.ApiRoles;
import io.leansuccess.cycle.Vision;
import io.leansuccess.cycle.VisionService;
import io.leansuccess.shared.InvalidFieldException;
import io.leansuccess.shared.ResourceNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
import org.springframework.stereotype.Component;

/** The yearly vision and objectives of an account, by year. */
@Component
@Path("/accounts/{accountId}/visions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ApiRoles.CSM, ApiRoles.MANAGER, ApiRoles.ADMIN})
@Tag(name = "Visions")
public class VisionResource {

  private final VisionService visions;

  public VisionResource(VisionService visions) {
    this.visions = visions;
  }

  @GET
  @Path("/{year}")
  @Operation(summary = "The vision and objectives of the account's year")
  public VisionRepresentation get(
      @PathParam("accountId") String accountId, @PathParam("year") @Min(2000) @Max(9999) int year) {
    return visions
        .find(accountId, year)
        .map(VisionRepresentation::from)
        .orElseThrow(
            () ->
                new ResourceNotFoundException(
                    "Account '" + accountId + "' has no vision for " + year));
  }

  @PUT
  @Path("/{year}")
  @Operation(
      summary =
          "Set or replace the vision and objectives of the account's year; repeating it changes nothing")
  @ApiResponse(
      responseCode = "200",
      description = "Replaced, or already so",
      content = @Content(schema = @Schema(implementation = VisionRepresentation.class)))
  @ApiResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = VisionRepresentation.class)))
  public Response put(
      @PathParam("accountId") String accountId,
      @PathParam("year") @Min(2000) @Max(9999) int year,
      @NotNull @Valid VisionRepresentation body,
      @Context UriInfo uriInfo) {
    if (body.accountId() != null && !body.accountId().equals(accountId)) {
      throw new InvalidFieldException(
          "accountId", "must equal the account id in the path, '" + accountId + "'");
    }
    if (body.year() != null && body.year() != year) {
      throw new InvalidFieldException("year", "must equal the year in the path, " + year);
    }
    Vision vision = body.toVision(accountId, year);
    var outcome = visions.put(vision);
    var entity = VisionRepresentation.from(vision);
    return outcome == VisionService.Outcome.CREATED
        ? Response.created(uriInfo.getAbsolutePath()).entity(entity).build()
        : Response.ok(entity).build();
  }
}
