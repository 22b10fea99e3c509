package io.leansuccess.health;

import io.leansuccess.decision.Decision;
import io.leansuccess.decision.DecisionLog;
import io.leansuccess.decision.DecisionRecord;
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
   * The decision as the decision log will keep it; {@link #keep(List)} keeps a chunk's decisions at
   * once.
   *
   * @param reasons why, in the words of the thresholds in force (triggers, then warning signs)
   */
  public DecisionRecord decided(
      String accountId, HealthOutcome outcome, Decision decision, List<String> reasons) {
    var subject = new DecisionLog.Subject(accountId, null, SUBJECT_TYPE, accountId);
    return log.decided(
        subject, outcome.name(), decision, reasons.isEmpty() ? null : String.join("; ", reasons));
  }

  /** Keeps these decisions in the decision log, as one batch. */
  public void keep(List<DecisionRecord> decided) {
    log.recordAll(decided);
  }

  /** An evaluation's outcome for the plans: what {@link #tell} hands on. */
  public record Outcome(
      String accountId, String evaluationId, HealthOutcome outcome, List<String> reasons) {}

  /**
   * Tells the get-well plans about a chunk's evaluations, once they are stored: the escalations at
   * once ({@link GetWellPlans#escalateAll}), then the recoveries.
   */
  public void tell(List<Outcome> outcomes) {
    GetWellPlans port = plans.getIfAvailable();
    if (port == null) {
      return;
    }
    List<GetWellPlans.Escalation> escalated =
        outcomes.stream()
            .filter(o -> o.outcome() == HealthOutcome.ESCALATED)
            .map(o -> new GetWellPlans.Escalation(o.accountId(), o.evaluationId(), o.reasons()))
            .toList();
    if (!escalated.isEmpty()) {
      port.escalateAll(escalated);
    }
    outcomes.stream()
        .filter(o -> o.outcome() == HealthOutcome.RECOVERED)
        .forEach(o -> port.recovered(o.accountId(), o.evaluationId()));
  }
}
