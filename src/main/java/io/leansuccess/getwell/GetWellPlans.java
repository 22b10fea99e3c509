package io.leansuccess.getwell;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The reactive side of health: get-well plans, run as {@code GetWellPlanProcess}. The health
 * evaluation tells it what the rules concluded; the engine stays behind this port.
 */
public interface GetWellPlans {

  /**
   * Starts a get-well plan for the account unless one is open: never two open plans for one
   * account, even when evaluations for it run at once on several threads or nodes.
   *
   * @param reasons the factors and rule names that made the health rules escalate
   * @return true when a plan was started, false when one was already open
   */
  boolean escalate(String accountId, String evaluationId, List<String> reasons);

  /** An account the health rules escalated, with the evaluation and the reasons. */
  record Escalation(String accountId, String evaluationId, List<String> reasons) {}

  /**
   * {@link #escalate} for many accounts at once (a health chunk's escalations): an implementation
   * writes them as batches rather than one by one.
   *
   * @return the accounts a plan was started for; the others had one open
   */
  default Set<String> escalateAll(List<Escalation> escalations) {
    return escalations.stream()
        .filter(e -> escalate(e.accountId(), e.evaluationId(), e.reasons()))
        .map(Escalation::accountId)
        .collect(Collectors.toSet());
  }

  /** The health rules saw the account recover: its open plan (if any) may close. */
  void recovered(String accountId, String evaluationId);

  boolean hasOpenPlan(String accountId);

  /**
   * Of these accounts, those with an open plan. The health evaluation asks it once per chunk of
   * accounts; an implementation answers with one query rather than one per account.
   */
  default Set<String> withOpenPlans(Collection<String> accountIds) {
    return accountIds.stream().filter(this::hasOpenPlan).collect(Collectors.toSet());
  }
}
