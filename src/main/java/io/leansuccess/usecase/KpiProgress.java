package io.leansuccess.usecase;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * One KPI of a use case: where it started, where it should get to, and its latest measurement (null
 * when nothing was measured). Targets below the baseline (fewer tickets, shorter cycle times) count
 * the same way, towards the target.
 */
public record KpiProgress(
    String useCaseId, String kpiId, BigDecimal baseline, BigDecimal target, BigDecimal latest) {

  public boolean measured() {
    return latest != null;
  }

  public boolean met() {
    if (latest == null) {
      return false;
    }
    return target.compareTo(baseline) >= 0
        ? latest.compareTo(target) >= 0
        : latest.compareTo(target) <= 0;
  }

  /** Share of the way from baseline to target: 0 at the baseline, 1 at the target. */
  public double progress() {
    if (latest == null) {
      return 0;
    }
    BigDecimal distance = target.subtract(baseline);
    if (distance.signum() == 0) {
      return met() ? 1 : 0;
    }
    return latest.subtract(baseline).divide(distance, MathContext.DECIMAL64).doubleValue();
  }
}
