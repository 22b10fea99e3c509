package io.leansuccess.usecase;

/** How a KPI's values are obtained. */
public enum MeasurementMethod {
  SURVEY,
  ANALYTICS
}
