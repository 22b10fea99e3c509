package io.leansuccess.maturity;

/** What the maturity rules decide for a segment at the end of a cycle. */
public enum MaturityMove {
  PROMOTE,
  HOLD,
  /** The level's floor was missed this cycle, not yet often enough to demote. */
  FLOOR_MISSED,
  DEMOTE
}
