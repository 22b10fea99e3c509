package io.leansuccess.usecase;

/**
 * A KPI as the use-case template defines it. Baseline, target and method may be missing while the
 * template is being filled in; a KPI only makes a use case measurable once all three are there.
 */
public record KpiDefinition(
    String name, Double baseline, Double target, MeasurementMethod measurementMethod) {

  /** Baseline, target and measurement method are all there. */
  public boolean complete() {
    return baseline != null && target != null && measurementMethod != null;
  }
}
