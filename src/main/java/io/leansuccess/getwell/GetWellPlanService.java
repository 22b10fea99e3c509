package io.leansuccess.getwell;

import io.leansuccess.account.AccountRepository;
import io.leansuccess.getwell.process.GetWellPlanClosedListener;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Get-well plans: started when the health rules escalate, closed when they see the account
 * recovered (or the plan's process ends otherwise). Never two open plans for one account: the
 * database refuses the second, whichever thread or node asks.
 */
@Service
public class GetWellPlanService implements GetWellPlans {

  private final GetWellPlanRepository plans;
  private final GetWellPlanProcesses processes;
  private final AccountRepository accounts;
  private final Clock clock;

  public GetWellPlanService(
      GetWellPlanRepository plans,
      GetWellPlanProcesses processes,
      AccountRepository accounts,
      Clock clock) {
    this.plans = plans;
    this.processes = processes;
    this.accounts = accounts;
    this.clock = clock;
  }

  /**
   * Opens the plan's row first and then starts its process in the same transaction: a second
   * escalation of the account finds the row (or waits for it to commit) and answers false; if the
   * process does not start, the row goes too. Only the instance is created here: its first step is
   * made in a job of its own (the start event is asynchronous), so a health chunk escalating
   * hundreds of accounts keeps its transaction short and a failing plan start fails that job, not
   * the chunk.
   */
  @Override
  @Transactional
  public boolean escalate(String accountId, String evaluationId, List<String> reasons) {
    var plan = newPlan(new Escalation(accountId, evaluationId, reasons));
    if (!plans.insertOpen(plan)) {
      return false;
    }
    plans.setProcessInstance(plan.id(), processes.start(plan));
    GetWellPlanLogger.planOpened(accountId, plan.id(), evaluationId, plan.reasons());
    return true;
  }

  /**
   * {@link #escalate} for a health chunk's escalations, with the same guarantees, as batches: the
   * plans' rows in one batch (one by one only when an account already has an open plan), their
   * instances in one engine command, their instance ids in one batch.
   */
  @Override
  @Transactional
  public Set<String> escalateAll(List<Escalation> escalations) {
    List<GetWellPlan> opened =
        plans.insertAllOpen(escalations.stream().map(this::newPlan).toList());
    plans.setProcessInstances(processes.startAll(opened));
    Set<String> accountIds = new HashSet<>();
    for (GetWellPlan plan : opened) {
      GetWellPlanLogger.planOpened(
          plan.accountId(), plan.id(), plan.evaluationId(), plan.reasons());
      accountIds.add(plan.accountId());
    }
    return accountIds;
  }

  private GetWellPlan newPlan(Escalation escalation) {
    return new GetWellPlan(
        UUID.randomUUID().toString(),
        escalation.accountId(),
        escalation.evaluationId(),
        escalation.reasons() == null ? List.of() : escalation.reasons(),
        null,
        clock.instant(),
        null,
        null);
  }

  /**
   * The plan's process closes it when it ends ({@link GetWellPlanClosedListener}); no open plan,
   * nothing to do.
   */
  @Override
  @Transactional
  public void recovered(String accountId, String evaluationId) {
    plans
        .findOpen(accountId)
        .filter(plan -> plan.processInstanceId() != null)
        .ifPresent(plan -> processes.recovered(plan.processInstanceId(), evaluationId));
  }

  @Override
  public boolean hasOpenPlan(String accountId) {
    return plans.findOpen(accountId).isPresent();
  }

  @Override
  public Set<String> withOpenPlans(Collection<String> accountIds) {
    return plans.openAmong(accountIds);
  }

  /**
   * The plan's process ended: recovered when {@code recoveryEvaluationId} is set, cancelled
   * otherwise.
   */
  @Transactional
  public void closed(String planId, String recoveryEvaluationId) {
    plans.close(planId, clock.instant(), recoveryEvaluationId);
  }

  /** The account's plans, newest first, open ones with their step and open tasks. */
  public List<GetWellPlanOverview> ofAccount(String accountId) {
    accounts.require(accountId);
    return plans.ofAccount(accountId).stream().map(this::overview).toList();
  }

  public Optional<GetWellPlanOverview> of(String accountId, String planId) {
    accounts.require(accountId);
    return plans
        .find(planId)
        .filter(plan -> plan.accountId().equals(accountId))
        .map(this::overview);
  }

  private GetWellPlanOverview overview(GetWellPlan plan) {
    if (!plan.isOpen() || plan.processInstanceId() == null) {
      return new GetWellPlanOverview(plan, GetWellPlanStep.CLOSED, List.of());
    }
    GetWellPlanProcesses.Progress progress = processes.progress(plan.processInstanceId());
    return new GetWellPlanOverview(plan, progress.step(), progress.tasks());
  }
}
