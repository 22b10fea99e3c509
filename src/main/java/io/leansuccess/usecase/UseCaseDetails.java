package io.leansuccess.usecase;

import io.leansuccess.decision.DecisionRecord;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A use case with what happened to it: the latest value of each measured KPI (by KPI id), the
 * automated decisions about it, oldest first, and the library entry it was copied from (null when
 * it was not).
 */
public record UseCaseDetails(
    UseCase useCase,
    Map<String, BigDecimal> latestValues,
    List<DecisionRecord> decisions,
    LibraryOrigin fromLibrary) {

  public UseCaseDetails {
    latestValues = Map.copyOf(latestValues);
    decisions = List.copyOf(decisions);
  }

  /** Where the KPI stands; null while its baseline or target is still missing. */
  public KpiProgress progressOf(Kpi kpi) {
    if (kpi.baseline() == null || kpi.target() == null) {
      return null;
    }
    return new KpiProgress(
        useCase.id(), kpi.id(), kpi.baseline(), kpi.target(), latestValues.get(kpi.id()));
  }
}
