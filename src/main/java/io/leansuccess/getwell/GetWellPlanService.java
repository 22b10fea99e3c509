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
   * Opens the plan's row and leaves its process to a job of its own, in the same transaction: a
   * second escalation of the account finds the row (or waits for it to commit) and answers false;
   * if the caller rolls back, row and job go together. The escalating transaction (a health chunk
   * escalating hundreds of accounts) pays for the row and the job's row only; the job creates the
   * process instance ({@link #start(String)}), and the instance's first step is a job again (the
   * start event is asynchronous), so a failing start fails that job, not the chunk.
   */
  @Override
  @Transactional
  public boolean escalate(String accountId, String evaluationId, List<String> reasons) {
    var plan = newPlan(new Escalation(accountId, evaluationId, reasons));
    if (!plans.insertOpen(plan)) {
      return false;
    }
    processes.startLater(List.of(plan));
    GetWellPlanLogger.planOpened(accountId, plan.id(), evaluationId, plan.reasons());
    return true;
  }

  /**
   * {@link #escalate} for a health chunk's escalations, with the same guarantees, as batches: the
   * plans' rows in one batch (one by one only when an account already has an open plan), their
   * start jobs in one engine command.
   */
  @Override
  @Transactional
  public Set<String> escalateAll(List<Escalation> escalations) {
    List<GetWellPlan> opened =
        plans.insertAllOpen(escalations.stream().map(this::newPlan).toList());
    processes.startLater(opened);
    Set<String> accountIds = new HashSet<>();
    for (GetWellPlan plan : opened) {
      GetWellPlanLogger.planOpened(
          plan.accountId(), plan.id(), plan.evaluationId(), plan.reasons());
      accountIds.add(plan.accountId());
    }
    return accountIds;
  }

  /**
   * The plan's start job: creates its process instance, unless the plan has one or is closed. Run
   * at least once, maybe twice at once on two nodes: the plan's row is locked first, so the second
   * run waits and then finds the instance and does nothing; a failure rolls back the instance and
   * leaves the plan to the job's retry.
   *
   * @return whether an instance was created
   */
  @Transactional
  public boolean start(String planId) {
    Optional<GetWellPlan> unstarted = plans.lockUnstarted(planId);
    unstarted.ifPresent(plan -> plans.setProcessInstance(plan.id(), processes.start(plan)));
    return unstarted.isPresent();
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
    Optional<GetWellPlan> open = plans.findOpen(accountId);
    if (open.isEmpty()) {
      return;
    }
    String planId = open.get().id();
    // not started yet: closed here and its start job finds nothing to do; the update waits for a
    // start job running now and then leaves the plan to its process
    if (open.get().processInstanceId() == null
        && plans.closeUnstarted(planId, clock.instant(), evaluationId)) {
      return;
    }
    plans
        .find(planId)
        .filter(GetWellPlan::isOpen)
        .map(GetWellPlan::processInstanceId)
        .ifPresent(instanceId -> processes.recovered(instanceId, evaluationId));
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
    if (!plan.isOpen()) {
      return new GetWellPlanOverview(plan, GetWellPlanStep.CLOSED, List.of());
    }
    if (plan.processInstanceId() == null) {
      return new GetWellPlanOverview(plan, GetWellPlanStep.STARTING, List.of());
    }
    GetWellPlanProcesses.Progress progress = processes.progress(plan.processInstanceId());
    return new GetWellPlanOverview(plan, progress.step(), progress.tasks());
  }
}
