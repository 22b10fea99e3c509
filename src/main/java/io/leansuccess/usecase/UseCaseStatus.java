package io.leansuccess.usecase;

/** Where a use case stands in the pipeline. */
public enum UseCaseStatus {
  /** Proposed, waiting for the next shortlisting. */
  PIPELINE,
  /** Pre-existing: found in the field and captured, to be shared. */
  CAPTURED,
  SHORTLISTED,
  NOT_SHORTLISTED,
  /** Selected for the current cycle, waiting to be readied. */
  SELECTED,
  IN_EXECUTION,
  ADOPTED,
  /** Carried into the next cycle. */
  ITERATING,
  DISCARDED;

  /** Measurements still mean something for the use case. */
  public boolean acceptsMeasurements() {
    return this != DISCARDED;
  }
}
