package io.leansuccess.library.rest;

import io.leansuccess.api.ApiRoles;
import io.leansuccess.api.Locations;
import io.leansuccess.library.LibrarySuggestions;
import io.leansuccess.usecase.UseCaseService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What the library suggests to an account when its CSM identifies use cases, and the copy of one
 * into its pipeline. CS team work: no integration.
 */
@Component
@Path("/accounts/{accountId}/use-case-suggestions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ApiRoles.CSM, ApiRoles.MANAGER, ApiRoles.ADMIN})
@Tag(name = "Use-case library")
public class SuggestionResource {

  private final LibrarySuggestions suggestions;

  public SuggestionResource(LibrarySuggestions suggestions) {
    this.suggestions = suggestions;
  }

  @GET
  @Operation(
      summary =
          "Library entries of accounts of the same industry and size band, the most often adopted first")
  public List<SuggestionView> list(@PathParam("accountId") String accountId) {
    return suggestions.suggestionsFor(accountId).stream().map(SuggestionView::from).toList();
  }

  @POST
  @Path("{entryId}/copy")
  @Operation(
      summary =
          "Copy a library entry into the account's pipeline: a planned use case with its template and KPIs, baselines to measure; copying again finds the first copy")
  @ApiResponse(responseCode = "201", description = "Copied, in status PIPELINE")
  @ApiResponse(responseCode = "200", description = "Copied before: the first copy")
  public Response copy(
      @PathParam("accountId") String accountId,
      @PathParam("entryId") String entryId,
      @Valid CopyRequest body,
      @Context UriInfo uriInfo) {
    var request = body == null ? new CopyRequest(null, null) : body;
    var written = suggestions.copy(accountId, entryId, request.segment(), request.owner());
    var copied = new Copied(written.useCase().id(), written.useCase().title());
    return written.outcome() == UseCaseService.Outcome.CREATED
        ? Response.created(
                Locations.below(uriInfo.getBaseUriBuilder(), "use-cases", copied.useCaseId()))
            .entity(copied)
            .build()
        : Response.ok(copied).build();
  }

  /** The copy in the pipeline: {@code GET /use-cases/{useCaseId}} has the rest. */
  public record Copied(String useCaseId, String title) {}
}
