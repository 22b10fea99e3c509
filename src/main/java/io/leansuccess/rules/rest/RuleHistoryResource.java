package io.leansuccess.rules.rest;

import io.leansuccess.api.ApiProperties;
import io.leansuccess.api.ApiRoles;
import io.leansuccess.api.Page;
import io.leansuccess.rules.RuleHistory;
import io.leansuccess.shared.ResourceNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The rule history: every rules version with who deployed it, when and from where, and the unified
 * diff between two versions. DRL is code, so CSMs and integrations do not read it.
 */
@Component
@Path("/rules/versions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ApiRoles.MANAGER, ApiRoles.ADMIN, ApiRoles.RULE_AUTHOR})
@Tag(name = "Decisions")
public class RuleHistoryResource {

  /** Where a decision's rules version is read, relative to {@code /api/v1}. */
  public static final String PATH = "/api/v1/rules/versions";

  private final RuleHistory history;
  private final ApiProperties properties;

  public RuleHistoryResource(RuleHistory history, ApiProperties properties) {
    this.history = history;
    this.properties = properties;
  }

  /** What changed from one version to another, file by file. */
  public record VersionDiff(
      String fromDeploymentId, String toDeploymentId, List<RuleHistory.FileDiff> files) {}

  @GET
  @Operation(
      summary =
          "Every rules version deployed, newest first, with who deployed it, when and from where "
              + "(MODELER, API, START_UP); decision= keeps the versions holding that decision")
  public Page<RuleHistory.Version> list(
      @QueryParam("decision") String decision,
      @QueryParam("limit") @Min(1) Integer limit,
      @QueryParam("offset") @DefaultValue("0") @Min(0) int offset) {
    return Page.slice(history.versions(decision), properties.pageSize(limit), offset);
  }

  @GET
  @Path("/{deploymentId}")
  @Operation(summary = "One rules version: its decisions, and whether each is the one in force")
  public RuleHistory.Version get(@PathParam("deploymentId") String deploymentId) {
    return history
        .version(deploymentId)
        .orElseThrow(() -> new ResourceNotFoundException("rules version", deploymentId));
  }

  @GET
  @Path("/{deploymentId}/diff")
  @Operation(summary = "Unified diff per DRL file from the version given as from= to this one")
  public VersionDiff diff(
      @PathParam("deploymentId") String deploymentId, @QueryParam("from") @NotBlank String from) {
    return history
        .diff(from, deploymentId)
        .map(files -> new VersionDiff(from, deploymentId, files))
        .orElseThrow(
            () ->
                new ResourceNotFoundException(
                    "No rules version '"
                        + (history.version(from).isEmpty() ? from : deploymentId)
                        + "'"));
  }
}
