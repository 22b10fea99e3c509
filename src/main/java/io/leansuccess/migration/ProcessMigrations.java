package io.leansuccess.migration;

import io.leansuccess.shared.InvalidFieldException;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Moves running success cycles, use-case executions and get-well plans of older versions to the
 * latest version of their process: first a validation of the plan and of where each instance waits,
 * then one migration batch per older version. Instances left where they are keep running on their
 * version.
 */
@Service
public class ProcessMigrations {

  /** The processes whose instances live long enough to be worth moving. */
  static final Set<String> MIGRATABLE =
      Set.of("SuccessCycleProcess", "UseCaseExecutionProcess", "GetWellPlanProcess");

  private final ProcessMigrationPort engine;

  ProcessMigrations(ProcessMigrationPort engine) {
    this.engine = engine;
  }

  /**
   * @param fromVersion only this older version; null for every older version with running instances
   * @param onlyInstances only these process instances (a pilot group); null for all
   * @param validateOnly report what would happen and move nothing
   * @throws MigrationRefusedException when some instance cannot be mapped; nothing is moved then
   */
  public MigrationReport migrateToLatest(
      String processKey, Integer fromVersion, Set<String> onlyInstances, boolean validateOnly) {
    if (!MIGRATABLE.contains(processKey)) {
      throw new InvalidFieldException(
          "processKey",
          "must be one of " + String.join(", ", MIGRATABLE.stream().sorted().toList()));
    }
    MigrationReport report = engine.validate(processKey, fromVersion, onlyInstances);
    if (!report.mappable()) {
      throw new MigrationRefusedException(report);
    }
    return validateOnly || report.instances() == 0 ? report : engine.migrate(report, onlyInstances);
  }
}
