package io.leansuccess.simulation.rest;

import io.leansuccess.api.ApiProperties;
import io.leansuccess.api.ApiRoles;
import io.leansuccess.api.Locations;
import io.leansuccess.api.Page;
import io.leansuccess.shared.ResourceNotFoundException;
import io.leansuccess.simulation.RuleSimulator;
import io.leansuccess.simulation.Simulation;
import io.leansuccess.simulation.SimulationStore;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What-if: candidate DRL files against the current portfolio, before anyone deploys them. Rule
 * authors and admins run simulations; the answer shows account names and verdicts, so CSMs and
 * integrations may not.
 */
@Component
@Path("/rules/simulations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ApiRoles.ADMIN, ApiRoles.RULE_AUTHOR})
@Tag(name = "Decisions")
public class SimulationResource {

  /** Where a CS leader reads a simulation. */
  static final String PAGE = "/pages/rules/simulations/";

  private final RuleSimulator simulator;
  private final SimulationStore store;
  private final ApiProperties properties;

  public SimulationResource(
      RuleSimulator simulator, SimulationStore store, ApiProperties properties) {
    this.simulator = simulator;
    this.store = store;
    this.properties = properties;
  }

  /**
   * Candidate rules: DRL text by resource name, e.g. {@code {"rules/HealthEscalation.drl": "package
   * ..."}}; {@code accounts} limits the simulation to those account ids, every account otherwise.
   */
  @Schema(name = "SimulationRequest")
  public record SimulationRequest(
      @NotNull @NotEmpty Map<String, String> files,
      @Size(max = MAXIMUM_ACCOUNTS) List<@NotBlank String> accounts) {}

  static final int MAXIMUM_ACCOUNTS = 10_000;

  /** A simulation: the summary, then one page of the subjects decided differently. */
  @Schema(name = "Simulation")
  public record SimulationView(
      String simulationId,
      Instant simulatedAt,
      String requestedBy,
      List<String> files,
      Simulation.Summary summary,
      Page<Simulation.Difference> differences,
      String page) {

    static SimulationView of(
        Simulation simulation, List<Simulation.Difference> differences, int limit, int offset) {
      return new SimulationView(
          simulation.id(),
          simulation.simulatedAt(),
          simulation.requestedBy(),
          simulation.files(),
          simulation.summary(),
          Page.slice(differences, limit, offset),
          PAGE + simulation.id());
    }
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Evaluate the current accounts with the deployed and the candidate rules and answer the "
              + "difference; nothing is deployed, stored or started. A file that does not compile answers 400 with "
              + "each error's line and column")
  public Response simulate(
      @Valid @NotNull SimulationRequest request,
      @Context SecurityContext security,
      @Context UriInfo uriInfo) {
    Simulation simulation =
        simulator.simulate(
            request.files(), request.accounts(), security.getUserPrincipal().getName());
    return Response.created(Locations.below(uriInfo.getAbsolutePathBuilder(), simulation.id()))
        .entity(
            SimulationView.of(simulation, simulation.differences(), properties.pageSize(null), 0))
        .build();
  }

  @GET
  @Path("/{simulationId}")
  @Operation(
      summary =
          "A simulation run on this node: its summary and a page of differences, "
              + "decision= keeps one decision's")
  public SimulationView get(
      @PathParam("simulationId") String simulationId,
      @QueryParam("decision") String decision,
      @QueryParam("limit") @Min(1) Integer limit,
      @QueryParam("offset") @DefaultValue("0") @Min(0) int offset) {
    Simulation simulation =
        store
            .find(simulationId)
            .orElseThrow(() -> new ResourceNotFoundException("simulation", simulationId));
    List<Simulation.Difference> differences =
        simulation.differences().stream()
            .filter(difference -> decision == null || difference.decisionName().equals(decision))
            .toList();
    return SimulationView.of(simulation, differences, properties.pageSize(limit), offset);
  }
}
