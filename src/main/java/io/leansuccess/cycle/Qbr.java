package io.leansuccess.cycle;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The quarterly business review of one cycle, as produced in Revise once the outcomes are confirmed
 * and maturity has moved: what was aimed at, what each use case achieved against its KPIs, maturity
 * per segment and how it moved, the account's health over the quarter, and the plan ahead.
 *
 * @param health the account's health from the cycle's start to the review; null in reviews kept
 *     before the QBR carried it
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
    List<HealthPeriod> health,
    List<PlannedUseCase> nextQuarter) {

  public record UseCaseResult(
      String id,
      String title,
      String segment,
      String owner,
      String status,
      String proposedOutcome,
      String outcome,
      String overrideReason,
      List<KpiResult> kpis) {}

  public record KpiResult(
      String id,
      String name,
      String unit,
      String kind,
      BigDecimal baseline,
      BigDecimal target,
      BigDecimal latest,
      double progress,
      boolean met) {}

  /**
   * A segment's level after this cycle's maturity transitions.
   *
   * @param previousLevel its level before them (the same when it did not move); null in reviews
   *     kept before the QBR carried it
   */
  public record SegmentLevel(String segment, String name, int level, Integer previousLevel) {}

  /**
   * A health that stayed the same, oldest first: its colour and the warning signs that made it so,
   * from its first evaluation to its last. The first period may have begun before the cycle.
   */
  public record HealthPeriod(
      String colour,
      Instant firstEvaluatedAt,
      Instant evaluatedAt,
      List<WarningSign> warningSigns) {}

  /**
   * A warning sign as the health rules wrote it ("Active users below 40% of licences (31 of 100)").
   */
  public record WarningSign(String code, String severity, String description) {}

  /**
   * A use case the next quarter is expected to take up: iterating, shortlisted or in the pipeline.
   */
  public record PlannedUseCase(String id, String title, String status) {}
}
