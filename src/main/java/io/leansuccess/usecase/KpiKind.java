package io.leansuccess.usecase;

/** Use before value: usage KPIs show the product is used, value KPIs that it pays off. */
public enum KpiKind {
  USAGE,
  VALUE
}
