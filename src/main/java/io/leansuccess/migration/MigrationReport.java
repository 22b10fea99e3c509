package io.leansuccess.migration;

import java.util.List;

/**
 * What moving running instances to a process's latest version would do, or did.
 *
 * @param batchIds Camunda's migration batches, one per source version; empty when only validated or
 *     refused
 */
public record MigrationReport(
    String processKey,
    Version target,
    List<Source> sources,
    int instances,
    boolean migrating,
    List<String> batchIds) {

  /** A deployed version of the process. */
  public record Version(String processDefinitionId, int version) {}

  /**
   * An older version with running instances.
   *
   * @param problems why some of its instances cannot be moved; empty when all can
   */
  public record Source(Version version, int instances, List<Problem> problems) {}

  /**
   * One reason a plan is refused.
   *
   * @param element the BPMN element it is about (an activity id, {@code plan} for the plan as a
   *     whole)
   */
  public record Problem(String element, String reason) {}

  public boolean mappable() {
    return sources.stream().allMatch(source -> source.problems().isEmpty());
  }
}
