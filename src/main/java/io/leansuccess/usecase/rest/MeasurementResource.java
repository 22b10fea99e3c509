package io.leansuccess.usecase.rest;

import io.leansuccess.api.ApiRoles;
import io.leansuccess.usecase.MeasurementService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.springframework.stereotype.Component;

/** KPI measurements from surveys and analytics; senders retry, so an event id is stored once. */
@Component
@Path("/use-cases/{useCaseId}/measurements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({
  ApiRoles.CSM,
  ApiRoles.MANAGER,
  ApiRoles.ADMIN,
  ApiRoles.INTEGRATION_ANALYTICS,
  ApiRoles.INTEGRATION_SURVEYS
})
@Tag(name = "Use cases")
public class MeasurementResource {

  private final MeasurementService measurements;

  public MeasurementResource(MeasurementService measurements) {
    this.measurements = measurements;
  }

  @POST
  @Operation(
      summary =
          "Record a measurement of one of the use case's KPIs; the same event again changes nothing")
  @ApiResponse(
      responseCode = "200",
      description = "This event was stored before, with the same payload",
      content = @Content(schema = @Schema(implementation = MeasurementRepresentation.class)))
  @ApiResponse(
      responseCode = "201",
      description = "Stored",
      content = @Content(schema = @Schema(implementation = MeasurementRepresentation.class)))
  @ApiResponse(
      responseCode = "409",
      description = "The event id was stored with another payload, or the use case was discarded")
  public Response add(
      @PathParam("useCaseId") String useCaseId, @NotNull @Valid MeasurementRepresentation body) {
    var delivered = measurements.deliver(body.toMeasurement(useCaseId));
    var entity = MeasurementRepresentation.from(delivered.measurement());
    return delivered.outcome() == MeasurementService.Outcome.STORED
        ? Response.status(Response.Status.CREATED).entity(entity).build()
        : Response.ok(entity).build();
  }
}
