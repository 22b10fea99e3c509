package io.leansuccess.health;

import io.leansuccess.decision.Decision;
import io.leansuccess.decision.DecisionLog;
import io.leansuccess.getwell.GetWellPlans;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Carries out what the health rules decided about get-well plans: every escalation and recovery is
 * kept in the decision log (subject {@code ACCOUNT}) and handed to {@link GetWellPlans}. The plans
 * are another feature's; when no bean implements the port, the decisions are still kept and the
 * account's escalation state still moves, so health works on its own.
 */
@Component
public class HealthEscalations {

  public static final String SUBJECT_TYPE = "ACCOUNT";

  private final DecisionLog log;
  private final ObjectProvider<GetWellPlans> plans;

  public HealthEscalations(DecisionLog log, ObjectProvider<GetWellPlans> plans) {
    this.log = log;
    this.plans = plans;
  }

  /**
   * Which of the accounts the health state calls escalated still are: when plans are run, a plan
   * closed by hand (while the account is not yet green) ends the escalation, so the rules may
   * escalate again rather than wait for a plan that no longer exists. One question per chunk.
   */
  public Set<String> stillEscalated(Collection<String> escalatedByState) {
    GetWellPlans port = plans.getIfAvailable();
    if (port == null || escalatedByState.isEmpty()) {
      return Set.copyOf(escalatedByState);
    }
    return port.withOpenPlans(escalatedByState);
  }

  /**
   * Keeps the decision in the decision log: its id.
   *
   * @param reasons why, in the words of the thresholds in force (triggers, then warning signs)
   */
  public String record(
      String accountId, HealthOutcome outcome, Decision decision, List<String> reasons) {
    var subject = new DecisionLog.Subject(accountId, null, SUBJECT_TYPE, accountId);
    return log.record(
            subject,
            outcome.name(),
            decision,
            reasons.isEmpty() ? null : String.join("; ", reasons))
        .id();
  }

  /**
   * Tells the get-well plans, once the evaluation is stored.
   *
   * @param reasons the triggers in words, then the warning signs
   */
  public void notify(
      String accountId, String evaluationId, HealthOutcome outcome, List<String> reasons) {
    GetWellPlans port = plans.getIfAvailable();
    if (port == null) {
      return;
    }
    switch (outcome) {
      case ESCALATED -> port.escalate(accountId, evaluationId, reasons);
      case RECOVERED -> port.recovered(accountId, evaluationId);
      case NONE -> {}
    }
  }
}
