package io.leansuccess.migration;

import java.util.Set;

/** The engine side of a migration, behind which Camunda's migration API stays. */
public interface ProcessMigrationPort {

  /**
   * The plan from each older version with running instances to the latest, and what it cannot map.
   */
  MigrationReport validate(String processKey, Integer fromVersion, Set<String> onlyInstances);

  /** Starts the batches of a validated report; answers it with their ids. */
  MigrationReport migrate(MigrationReport validated, Set<String> onlyInstances);
}
