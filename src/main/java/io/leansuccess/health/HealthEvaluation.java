package io.leansuccess.health;

import java.time.Instant;
import java.util.List;

/**
 * One row of an account's health history: a colour with its warning signs, as long as they stay the
 * same. A nightly evaluation that finds exactly what the latest row says extends that row ({@code
 * evaluatedAt}, {@code evaluations}) rather than repeating it; the factors' descriptions, fired
 * rules and rules version are those of the latest of those evaluations.
 *
 * @param decisionId the escalation or recovery decision in the decision log, null for {@link
 *     HealthOutcome#NONE}
 * @param firstEvaluatedAt when this health was first found
 * @param evaluatedAt when it was last confirmed
 * @param evaluations how many evaluations found it
 */
public record HealthEvaluation(
    String id,
    String accountId,
    HealthColour colour,
    List<HealthFactor> factors,
    List<String> firedRules,
    String rulesDeploymentId,
    String rulesResource,
    HealthOutcome outcome,
    String decisionId,
    Instant firstEvaluatedAt,
    Instant evaluatedAt,
    int evaluations) {

  public HealthEvaluation {
    factors = List.copyOf(factors);
    firedRules = List.copyOf(firedRules);
  }

  /**
   * What makes two evaluations "the same health": the colour and the codes of the warning signs
   * (not their descriptions, whose numbers move every day).
   */
  public String verdict() {
    return colour
        + ":"
        + String.join(",", factors.stream().map(HealthFactor::code).sorted().toList());
  }
}
