package io.leansuccess.execution;

import io.leansuccess.usecase.Outcome;
import java.util.ArrayList;
import java.util.List;

/**
 * The outcome the rules propose for a use case, with the rules that said so, the thresholds in
 * force when they did, and the stored decision.
 */
public record ProposedOutcome(
    Outcome outcome, List<String> firedRules, List<String> thresholds, String decisionId) {

  /**
   * What the CSM reads before confirming: the rules that fired, then the thresholds they fired by.
   */
  public String explanation() {
    List<String> lines = new ArrayList<>(firedRules);
    if (!thresholds.isEmpty()) {
      lines.add("");
      lines.add("Thresholds in force: " + String.join("; ", thresholds));
    }
    return String.join("\n", lines);
  }
}
