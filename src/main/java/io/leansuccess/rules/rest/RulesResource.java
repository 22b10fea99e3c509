package io.leansuccess.rules.rest;

import io.leansuccess.api.ApiProperties;
import io.leansuccess.api.ApiRoles;
import io.leansuccess.api.Page;
import io.leansuccess.decision.DecisionService;
import io.leansuccess.decision.RulesVersion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Comparator;
import org.springframework.stereotype.Component;

/**
 * The deployed decisions and the rules version each evaluates now: what a decision record points
 * back to.
 */
@Component
@Path("/rules")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ApiRoles.CSM, ApiRoles.MANAGER, ApiRoles.ADMIN})
@Tag(name = "Decisions")
public class RulesResource {

  private final DecisionService decisions;
  private final ApiProperties properties;

  public RulesResource(DecisionService decisions, ApiProperties properties) {
    this.decisions = decisions;
    this.properties = properties;
  }

  /** A deployed decision and its current rules. */
  @Schema(name = "DeployedDecision")
  public record DeployedDecision(
      String decisionName,
      String deploymentId,
      String deploymentName,
      Instant deployedAt,
      String resource) {

    static DeployedDecision from(RulesVersion version) {
      return new DeployedDecision(
          version.decisionName(),
          version.deploymentId(),
          version.deploymentName(),
          version.deployedAt(),
          version.resourceName());
    }
  }

  @GET
  @Operation(
      summary = "Every deployed decision with the rules version its next evaluation uses, by name")
  public Page<DeployedDecision> list(
      @QueryParam("limit") @Min(1) Integer limit,
      @QueryParam("offset") @DefaultValue("0") @Min(0) int offset) {
    var all =
        decisions.deployedDecisions().stream()
            .sorted(Comparator.comparing(RulesVersion::decisionName))
            .map(DeployedDecision::from)
            .toList();
    return Page.slice(all, properties.pageSize(limit), offset);
  }
}
