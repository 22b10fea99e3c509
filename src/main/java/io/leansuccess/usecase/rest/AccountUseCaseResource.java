package io.leansuccess.usecase.rest;

import io.leansuccess.api.ApiProperties;
import io.leansuccess.api.ApiRoles;
import io.leansuccess.api.Locations;
import io.leansuccess.api.Page;
import io.leansuccess.api.Reasoning;
import io.leansuccess.usecase.UseCaseService;
import io.leansuccess.usecase.UseCaseStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.EnumSet;
import java.util.List;
import org.springframework.stereotype.Component;

/** An account's use-case pipeline: CSMs and integrations add use cases, and list them by status. */
@Component
@Path("/accounts/{accountId}/use-cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ApiRoles.CSM, ApiRoles.MANAGER, ApiRoles.ADMIN, ApiRoles.INTEGRATION_CRM})
@Tag(name = "Use cases")
public class AccountUseCaseResource {

  private final UseCaseService useCases;
  private final ApiProperties properties;

  public AccountUseCaseResource(UseCaseService useCases, ApiProperties properties) {
    this.useCases = useCases;
    this.properties = properties;
  }

  @GET
  @Operation(
      summary =
          "The account's use cases in the order they were created, optionally only those in the given statuses")
  public Page<UseCaseSummary> list(
      @PathParam("accountId") String accountId,
      @Parameter(description = "Repeat for several statuses") @QueryParam("status")
          List<@NotNull UseCaseStatus> statuses,
      @QueryParam("limit") @Min(1) Integer limit,
      @QueryParam("offset") @DefaultValue("0") @Min(0) int offset) {
    var wanted =
        statuses == null || statuses.isEmpty()
            ? EnumSet.noneOf(UseCaseStatus.class)
            : EnumSet.copyOf(statuses);
    var origins = useCases.libraryOrigins(accountId);
    var all =
        useCases.ofAccount(accountId, wanted).stream()
            .map(useCase -> UseCaseSummary.from(useCase, origins.get(useCase.id())))
            .toList();
    return Page.slice(all, properties.pageSize(limit), offset);
  }

  @POST
  @Operation(
      summary = "Add a use case to the account's pipeline; the same body again changes nothing")
  @ApiResponse(
      responseCode = "200",
      description = "This use case already exists, identical",
      content = @Content(schema = @Schema(implementation = UseCaseView.class)))
  @ApiResponse(
      responseCode = "201",
      description = "Created, in status PIPELINE",
      content = @Content(schema = @Schema(implementation = UseCaseView.class)))
  @ApiResponse(
      responseCode = "409",
      description = "A use case with this id exists with another definition")
  public Response create(
      @PathParam("accountId") String accountId,
      @NotNull @Valid UseCaseRepresentation body,
      @Context UriInfo uriInfo,
      @Context SecurityContext security) {
    var written = useCases.create(body.toUseCase(accountId));
    String id = written.useCase().id();
    var entity =
        Reasoning.of(
            security,
            UseCaseView.from(useCases.details(id).orElseThrow()),
            UseCaseView::withoutReasoning);
    return written.outcome() == UseCaseService.Outcome.CREATED
        ? Response.created(Locations.below(uriInfo.getBaseUriBuilder(), "use-cases", id))
            .entity(entity)
            .build()
        : Response.ok(entity).build();
  }
}
