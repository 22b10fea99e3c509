package io.leansuccess.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What an account has achieved and how it uses the product, for its own people ("signals sell"):
 * active users against licences per segment over the months, the running use cases' KPIs on their
 * way to target, maturity per segment, and the success plan's adoption timeline against what
 * happened.
 *
 * @param milestones null without a success plan
 */
public record ProgressDashboard(
    String accountId,
    String accountName,
    List<SegmentUsage> usage,
    List<RunningUseCase> runningUseCases,
    List<SegmentMaturity> maturity,
    List<MilestoneComparison> milestones) {

  /** A segment's active users month by month against its licences. */
  public record SegmentUsage(
      String segmentKey, String name, int licensedUsers, List<MonthlyActiveUsers> months) {}

  public record MonthlyActiveUsers(LocalDate month, int activeUsers) {}

  /** A use case in execution (or iterating) with its KPIs' progress toward their targets. */
  public record RunningUseCase(String id, String title, String status, List<KpiToward> kpis) {}

  /**
   * @param latest null while not measured
   * @param progress share of the way from baseline to target, 1 at the target
   */
  public record KpiToward(
      String name,
      String unit,
      BigDecimal baseline,
      BigDecimal latest,
      BigDecimal target,
      double progress,
      boolean met) {}

  public record SegmentMaturity(String segmentKey, String name, int level, String levelName) {}
}
