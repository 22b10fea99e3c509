package io.leansuccess.renewal;

/** What the readiness rules concluded about an account's renewal. */
public record ReadinessVerdict(String accountId, Readiness readiness) {

  public enum Readiness {
    /** Healthy, and every question of the brief answered. */
    RENEWAL_READY,
    /** The relationship needs a get-well plan before a renewal conversation. */
    GET_WELL_FIRST,
    /** Healthy, but the brief leaves questions open: the CSM answers them first. */
    ANSWERS_MISSING
  }

  public static ReadinessVerdict ready(String accountId) {
    return new ReadinessVerdict(accountId, Readiness.RENEWAL_READY);
  }

  public static ReadinessVerdict getWellFirst(String accountId) {
    return new ReadinessVerdict(accountId, Readiness.GET_WELL_FIRST);
  }

  public static ReadinessVerdict answersMissing(String accountId) {
    return new ReadinessVerdict(accountId, Readiness.ANSWERS_MISSING);
  }
}
