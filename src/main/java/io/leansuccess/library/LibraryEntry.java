package io.leansuccess.library;

import io.leansuccess.account.SegmentKind;
import io.leansuccess.usecase.KpiKind;
import io.leansuccess.usecase.MeasurementMethod;
import io.leansuccess.usecase.StoryShareScope;
import io.leansuccess.usecase.UseCaseTemplate;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An adopted use case whose success story was shared, as the library shows it: its card (title and
 * one-page template), its outcome and each KPI before and after. An anonymised entry carries no
 * account, no owner, and its texts say "the customer" where they named the account.
 *
 * @param accountId null when anonymised
 * @param accountName null when anonymised
 * @param owner the use-case leader; null when anonymised
 * @param useCaseId the adopted use case; null when anonymised (the CRM may have chosen the id)
 */
public record LibraryEntry(
    String id,
    StoryShareScope shareScope,
    String title,
    String industry,
    String sizeBand,
    SegmentKind segmentKind,
    String accountId,
    String accountName,
    String useCaseId,
    String owner,
    UseCaseTemplate template,
    int requiredMaturity,
    Outcome outcome,
    List<KpiResult> kpis) {

  public LibraryEntry {
    kpis = List.copyOf(kpis);
  }

  /** What the use case achieved: adopted when, at which maturity level, value KPIs met or not. */
  public record Outcome(
      Instant adoptedAt, Integer adoptedAtLevel, boolean valueKpisMet, Instant storySharedAt) {}

  /** A KPI before (its baseline) and after (its latest measurement), with the target it had. */
  public record KpiResult(
      String name,
      String unit,
      KpiKind kind,
      MeasurementMethod method,
      BigDecimal before,
      BigDecimal after,
      BigDecimal target) {}
}
