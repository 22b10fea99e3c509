package io.leansuccess.usecase.rest;

import io.leansuccess.api.ApiRoles;
import io.leansuccess.api.Reasoning;
import io.leansuccess.shared.InvalidFieldException;
import io.leansuccess.shared.ResourceNotFoundException;
import io.leansuccess.usecase.UseCaseService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.springframework.stereotype.Component;

/** One use case: everything about it, and replacing its definition. */
@Component
@Path("/use-cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ApiRoles.CSM, ApiRoles.MANAGER, ApiRoles.ADMIN, ApiRoles.INTEGRATION_CRM})
@Tag(name = "Use cases")
public class UseCaseResource {

  private final UseCaseService useCases;

  public UseCaseResource(UseCaseService useCases) {
    this.useCases = useCases;
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "The use case with its status, KPI progress and the decisions about it")
  public UseCaseView get(@PathParam("id") String id, @Context SecurityContext security) {
    return useCases
        .details(id)
        .map(UseCaseView::from)
        .map(view -> Reasoning.of(security, view, UseCaseView::withoutReasoning))
        .orElseThrow(() -> new ResourceNotFoundException("use case", id));
  }

  @PUT
  @Path("/{id}")
  @Operation(
      summary =
          "Replace the use case's definition; a not-shortlisted one goes back to the pipeline")
  @ApiResponse(
      responseCode = "409",
      description = "The use case was discarded, or a KPI with measurements was left out")
  public UseCaseView put(
      @PathParam("id") String id,
      @NotNull @Valid UseCaseRepresentation body,
      @Context SecurityContext security) {
    if (body.id() != null && !body.id().equals(id)) {
      throw new InvalidFieldException("id", "must equal the id in the path, '" + id + "'");
    }
    // the account stays the stored one: the service takes it from there, not from the draft
    useCases.replaceDefinition(id, body.toUseCase(null));
    var view = UseCaseView.from(useCases.details(id).orElseThrow());
    return Reasoning.of(security, view, UseCaseView::withoutReasoning);
  }
}
