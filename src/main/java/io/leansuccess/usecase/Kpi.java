package io.leansuccess.usecase;

import java.math.BigDecimal;

/** A success criterion of a use case: from baseline to target, measured by survey or analytics. */
public record Kpi(
    String id,
    String name,
    String unit,
    BigDecimal baseline,
    BigDecimal target,
    MeasurementMethod method,
    KpiKind kind) {

  KpiDefinition toDefinition() {
    return new KpiDefinition(
        name,
        baseline == null ? null : baseline.doubleValue(),
        target == null ? null : target.doubleValue(),
        method);
  }
}
