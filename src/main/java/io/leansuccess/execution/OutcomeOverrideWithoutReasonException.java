package io.leansuccess.execution;

/** A CSM chose another outcome than the rules proposed and gave no reason. */
public class OutcomeOverrideWithoutReasonException extends IllegalArgumentException {

  public OutcomeOverrideWithoutReasonException(String proposed, String chosen) {
    super(
        "The rules proposed "
            + proposed
            + "; choosing "
            + chosen
            + " instead needs a reason (overrideReason)");
  }
}
