package io.leansuccess.progress;

import java.time.LocalDate;
import java.util.List;

/**
 * What the next quarter holds: the use cases it is expected to take up, the risks the health rules
 * see, the success plan's milestones due in it, and the renewal when it falls in it.
 *
 * @param renewalDate null when the renewal is not in the quarter
 */
public record QuarterOutlook(
    String quarter,
    List<Planned> pipeline,
    List<Risk> risks,
    List<MilestoneComparison> milestonesDue,
    LocalDate renewalDate) {

  public record Planned(String id, String title, String status) {}

  /** A warning sign of the health rules, as they wrote it. */
  public record Risk(String code, String severity, String description) {}
}
