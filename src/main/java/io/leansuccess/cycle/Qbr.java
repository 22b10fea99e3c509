package io.leansuccess.cycle;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The quarterly business review of one cycle, as produced at the end of Measure: what was aimed
 * at, what each use case achieved against its KPIs, maturity per segment, and the plan ahead.
 */
public record Qbr(
    String accountId,
    String accountName,
    String cycleId,
    String quarter,
    Instant producedAt,
    Vision vision,
    List<UseCaseResult> useCases,
    List<SegmentLevel> maturity,
    List<PlannedUseCase> nextQuarter) {

  public record UseCaseResult(
      String id, String title, String segment, String owner, String status, String proposedOutcome,
      String outcome, String overrideReason, List<KpiResult> kpis) {}

  public record KpiResult(
      String id, String name, String unit, String kind, BigDecimal baseline, BigDecimal target,
      BigDecimal latest, double progress, boolean met) {}

  public record SegmentLevel(String segment, String name, int level) {}

  /** A use case the next quarter is expected to take up: iterating, shortlisted or in the pipeline. */
  public record PlannedUseCase(String id, String title, String status) {}
}
