package io.leansuccess.getwell;

/** Where a get-well plan stands. */
public enum GetWellPlanStep {
  /**
   * Escalated, its first step not yet made: the plan starts in a job of its own, within seconds (or
   * it failed, and the job waits for an operator in Cockpit).
   */
  STARTING,
  /** The CSM finds the cause. */
  DIAGNOSE,
  /** The CSM agrees remediation actions with the customer. */
  AGREE_REMEDIATION,
  /** The actions are under way; the next weekly review is scheduled. */
  REMEDIATION,
  /** A weekly review is open. */
  WEEKLY_REVIEW,
  CLOSED
}
