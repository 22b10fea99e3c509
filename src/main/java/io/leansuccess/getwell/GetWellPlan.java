package io.leansuccess.getwell;

import java.time.Instant;
import java.util.List;

/**
 * A get-well plan: the reactive plan that puts out a fire threatening an account's revenue, run by
 * {@code GetWellPlanProcess}. An account has at most one open plan.
 *
 * @param evaluationId the health evaluation that escalated
 * @param reasons the factors and rule names that made the health rules escalate
 * @param recoveryEvaluationId the evaluation that found the account recovered; null while open, or
 *     when the plan's process ended otherwise (cancelled)
 */
public record GetWellPlan(
    String id,
    String accountId,
    String evaluationId,
    List<String> reasons,
    String processInstanceId,
    Instant startedAt,
    Instant closedAt,
    String recoveryEvaluationId) {

  public GetWellPlan {
    reasons = List.copyOf(reasons);
  }

  public boolean isOpen() {
    return closedAt == null;
  }
}
