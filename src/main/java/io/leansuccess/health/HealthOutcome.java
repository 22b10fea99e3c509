package io.leansuccess.health;

/** What an evaluation decided beyond the colour. */
public enum HealthOutcome {
  /** Nothing to start or close. */
  NONE,
  /** A get-well plan was asked for. */
  ESCALATED,
  /** The escalated account recovered: its get-well plan may close. */
  RECOVERED
}
