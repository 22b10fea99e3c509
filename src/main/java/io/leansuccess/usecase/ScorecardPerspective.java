package io.leansuccess.usecase;

/** The four balanced-scorecard perspectives a use case can have an impact on. */
public enum ScorecardPerspective {
  /** The bottom line. */
  FINANCIAL,
  /** How our customers perceive us. */
  CUSTOMER,
  /** Productivity. */
  INTERNAL_PROCESS,
  LEARNING_AND_DEVELOPMENT
}
