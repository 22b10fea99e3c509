package io.leansuccess.decision;

/** No deployment holds rules for the decision asked for: a caller's mistake, not a failure. */
public class UnknownDecisionException extends RuntimeException {

  private final String decisionName;

  public UnknownDecisionException(String decisionName) {
    super("No rules are deployed for decision " + decisionName);
    this.decisionName = decisionName;
  }

  public String getDecisionName() {
    return decisionName;
  }
}
