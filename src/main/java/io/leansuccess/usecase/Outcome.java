package io.leansuccess.usecase;

/** What becomes of a use case at the end of its execution. */
public enum Outcome {
  /** Every KPI met: it becomes standard practice and is shared. */
  ADOPT,
  /** Good progress but not there yet: it goes into the next cycle. */
  ITERATE,
  /** Not worth another cycle. */
  DISCARD
}
