package io.leansuccess.usecase;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A KPI with a baseline and a target, and how far its latest measurement got toward it. */
public record KpiStanding(Kpi kpi, KpiProgress progress) {

  /** The use case's KPIs that can be measured against a target, in their order. */
  public static List<KpiStanding> of(UseCase useCase, Map<String, BigDecimal> latest) {
    return useCase.kpis().stream()
        .filter(kpi -> kpi.baseline() != null && kpi.target() != null)
        .map(
            kpi ->
                new KpiStanding(
                    kpi,
                    new KpiProgress(
                        useCase.id(),
                        kpi.id(),
                        kpi.baseline(),
                        kpi.target(),
                        latest.get(kpi.id()))))
        .toList();
  }
}
