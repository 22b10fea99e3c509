package io.leansuccess.decision;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The thresholds in force, as a CS leader reads them beside the rules that fired. */
public final class Thresholds {

  /** What an explanation may hold (column {@code ls_decision.explanation}). */
  static final int EXPLANATION_LENGTH = 2000;

  private Thresholds() {}

  /** One line per policy: "ShortlistingPolicy: criteriaGroupsToPass 3, minimumCompleteKpis 1". */
  public static List<String> describe(Map<String, Map<String, Object>> policies) {
    return policies.entrySet().stream()
        .map(
            policy ->
                policy.getKey()
                    + ": "
                    + policy.getValue().entrySet().stream()
                        .map(field -> field.getKey() + " " + field.getValue())
                        .collect(Collectors.joining(", ")))
        .toList();
  }

  static String fit(String explanation) {
    return explanation.length() <= EXPLANATION_LENGTH
        ? explanation
        : explanation.substring(0, EXPLANATION_LENGTH - 1) + "…";
  }
}
