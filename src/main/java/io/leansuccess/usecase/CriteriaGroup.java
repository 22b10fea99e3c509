package io.leansuccess.usecase;

/** The three groups of shortlisting criteria from "use cases are the currency of success". */
public enum CriteriaGroup {
  STRATEGIC,
  MEASURABLE,
  FEASIBLE
}
