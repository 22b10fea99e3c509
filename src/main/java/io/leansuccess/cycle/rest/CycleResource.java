package io.leansuccess.cycle.rest;

import io.leansuccess.api.ApiProperties;
import io.leansuccess.api.ApiRoles;
import io.leansuccess.api.Locations;
import io.leansuccess.api.Page;
import io.leansuccess.cycle.Cycle;
import io.leansuccess.cycle.CycleOverviews;
import io.leansuccess.cycle.CycleService;
import io.leansuccess.cycle.Qbr;
import io.leansuccess.cycle.QbrService;
import io.leansuccess.shared.ResourceNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Min;
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
import jakarta.ws.rs.core.UriInfo;
import org.springframework.stereotype.Component;

/**
 * An account's quarterly success cycles. Starting one starts its BPMN process; every later cycle is
 * started by the one before it, so a client starts only the first.
 */
@Component
@Path("/accounts/{accountId}/cycles")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ApiRoles.CSM, ApiRoles.MANAGER, ApiRoles.ADMIN})
@Tag(name = "Cycles")
public class CycleResource {

  private final CycleService cycles;
  private final CycleOverviews overviews;
  private final QbrService qbrs;
  private final ApiProperties properties;

  public CycleResource(
      CycleService cycles, CycleOverviews overviews, QbrService qbrs, ApiProperties properties) {
    this.cycles = cycles;
    this.overviews = overviews;
    this.qbrs = qbrs;
    this.properties = properties;
  }

  @POST
  @Operation(
      summary =
          "Start the account's cycle for the current quarter (its process starts in Envision)")
  @ApiResponse(
      responseCode = "201",
      description = "Started",
      content = @Content(schema = @Schema(implementation = CycleRepresentation.class)))
  @ApiResponse(
      responseCode = "409",
      description = "The account has a running cycle, or had its cycle for this quarter")
  public Response start(@PathParam("accountId") String accountId, @Context UriInfo uriInfo) {
    Cycle started = cycles.start(accountId);
    var entity = overviews.of(accountId, started.id()).map(CycleRepresentation::from).orElseThrow();
    return Response.created(Locations.below(uriInfo.getAbsolutePathBuilder(), started.id()))
        .entity(entity)
        .build();
  }

  @GET
  @Operation(summary = "The account's cycles, newest first")
  public Page<CycleSummary> list(
      @PathParam("accountId") String accountId,
      @QueryParam("limit") @Min(1) Integer limit,
      @QueryParam("offset") @DefaultValue("0") @Min(0) int offset) {
    var all = overviews.ofAccount(accountId).stream().map(CycleSummary::from).toList();
    return Page.slice(all, properties.pageSize(limit), offset);
  }

  @GET
  @Path("/current")
  @Operation(
      summary = "The running cycle: stage, vision, use cases, selection decision and open tasks")
  public CycleRepresentation current(@PathParam("accountId") String accountId) {
    return overviews
        .current(accountId)
        .map(CycleRepresentation::from)
        .orElseThrow(
            () ->
                new ResourceNotFoundException("Account '" + accountId + "' has no running cycle"));
  }

  @GET
  @Path("/{cycleId}")
  @Operation(summary = "One of the account's cycles, running or closed")
  public CycleRepresentation get(
      @PathParam("accountId") String accountId, @PathParam("cycleId") String cycleId) {
    return overviews
        .of(accountId, cycleId)
        .map(CycleRepresentation::from)
        .orElseThrow(
            () -> new ResourceNotFoundException("cycle of account '" + accountId + "'", cycleId));
  }

  @GET
  @Path("/{cycleId}/qbr")
  @Operation(summary = "The cycle's quarterly business review, as produced at the end of Measure")
  @ApiResponse(
      responseCode = "404",
      description = "No such cycle of the account, or its QBR is not produced yet")
  public Qbr qbr(@PathParam("accountId") String accountId, @PathParam("cycleId") String cycleId) {
    overviews
        .of(accountId, cycleId)
        .orElseThrow(
            () -> new ResourceNotFoundException("cycle of account '" + accountId + "'", cycleId));
    return qbrs.find(cycleId)
        .orElseThrow(
            () ->
                new ResourceNotFoundException(
                    "The QBR of cycle '"
                        + cycleId
                        + "' is produced at the end of Measure; the cycle is not there yet"));
  }
}
