package io.leansuccess.migration.rest;

import io.leansuccess.api.ApiRoles;
import io.leansuccess.migration.MigrationReport;
import io.leansuccess.migration.ProcessMigrations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Moves running cycles, use-case executions and get-well plans to their process's latest version:
 * an admin power.
 */
@Component
@Path("/process-migrations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(ApiRoles.ADMIN)
@Tag(name = "Processes")
public class ProcessMigrationResource {

  private final ProcessMigrations migrations;

  public ProcessMigrationResource(ProcessMigrations migrations) {
    this.migrations = migrations;
  }

  /**
   * @param fromVersion only the instances of this version; every older version when left out
   * @param processInstanceIds only these instances, e.g. a pilot group; all when left out
   * @param validateOnly answer the report and move nothing
   */
  @Schema(name = "ProcessMigrationRequest")
  public record MigrationRequest(
      @NotBlank String processKey,
      @Min(1) Integer fromVersion,
      @Size(max = MAXIMUM_INSTANCES) List<@NotBlank String> processInstanceIds,
      Boolean validateOnly) {}

  static final int MAXIMUM_INSTANCES = 10_000;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Validate the plan from every older version with running instances to the latest (same "
              + "activity ids, timers updated) and migrate them in a batch; a plan that cannot map every waiting "
              + "instance is refused with its reasons and nothing moves")
  public Response migrate(@Valid @NotNull MigrationRequest request) {
    boolean validateOnly = Boolean.TRUE.equals(request.validateOnly());
    MigrationReport report =
        migrations.migrateToLatest(
            request.processKey(),
            request.fromVersion(),
            request.processInstanceIds() == null ? null : Set.copyOf(request.processInstanceIds()),
            validateOnly);
    return Response.status(report.migrating() ? Response.Status.ACCEPTED : Response.Status.OK)
        .entity(report)
        .build();
  }
}
