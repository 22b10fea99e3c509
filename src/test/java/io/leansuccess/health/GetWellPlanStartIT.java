package io.leansuccess.health;

import static io.leansuccess.health.HealthSignals.account;
import static io.leansuccess.health.HealthSignals.freshId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leansuccess.account.AccountRepository;
import io.leansuccess.getwell.GetWellPlan;
import io.leansuccess.getwell.GetWellPlanOverview;
import io.leansuccess.getwell.GetWellPlanProcess;
import io.leansuccess.getwell.GetWellPlanRepository;
import io.leansuccess.getwell.GetWellPlanService;
import io.leansuccess.getwell.GetWellPlanStep;
import io.leansuccess.signal.SignalService;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import io.leansuccess.support.PlanStarts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A get-well plan starts in jobs of its own, after the escalating transaction (a health chunk)
 * committed: the chunk pays only for the plan's row and its start job's; the job creates the
 * instance, whose first step is a job again; a failing job fails alone and is retried, never the
 * escalation or the chunk; a job run again never makes a second instance or plan.
 */
@LeanSuccessIntegrationTest
class GetWellPlanStartIT {

  static final Instant NOW = Instant.parse("2026-10-01T08:00:00Z");
  static final List<String> REASONS = List.of("Health is red");

  @Autowired ProcessEngine engine;
  @Autowired GetWellPlanService getWellPlans;
  @Autowired GetWellPlanRepository plans;
  @Autowired HealthEvaluationService health;
  @Autowired HealthRepository states;
  @Autowired AccountRepository accounts;
  @Autowired SignalService signalService;
  @Autowired JdbcTemplate jdbc;
  private final List<String> accountIds = new ArrayList<>();
  private HealthSignals signals;

  @BeforeEach
  void atAFixedTime() {
    ClockUtil.setCurrentTime(Date.from(NOW));
    signals = new HealthSignals(accounts, signalService);
  }

  @AfterEach
  void endThePlans() {
    ClockUtil.reset();
    accountIds.forEach(
        accountId ->
            engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(accountId)
                .list()
                .forEach(
                    instance ->
                        engine
                            .getRuntimeService()
                            .deleteProcessInstance(
                                instance.getId(), "GetWellPlanStartIT is done")));
  }

  @Test
  void shouldOnlyWriteThePlanWhenEscalatingAndCreateItsInstanceAndFirstStepInJobsOfTheirOwn() {
    String accountId = anAccount("job");

    assertThat(getWellPlans.escalate(accountId, "evaluation-1", REASONS)).isTrue();

    assertThat(planProcesses(accountId)).as("no instance yet").isEmpty();
    assertThat(openPlan(accountId).processInstanceId()).isNull();
    assertThat(PlanStarts.instanceStarts(engine, accountId)).hasSize(1);
    assertThat(overview(accountId).step()).isEqualTo(GetWellPlanStep.STARTING);

    assertThat(PlanStarts.createInstances(engine, accountId)).isEqualTo(1);

    ProcessInstance plan = onlyPlanProcess(accountId);
    assertThat(openPlan(accountId).processInstanceId()).isEqualTo(plan.getId());
    assertThat(diagnoseTasks(plan)).as("no step made yet").isZero();
    assertThat(PlanStarts.pending(engine, accountId)).hasSize(1);
    assertThat(overview(accountId).step()).isEqualTo(GetWellPlanStep.STARTING);

    assertThat(PlanStarts.run(engine, accountId)).isEqualTo(1);

    assertThat(diagnoseTasks(plan)).isEqualTo(1);
    assertThat(overview(accountId).step()).isEqualTo(GetWellPlanStep.DIAGNOSE);
    assertThat(PlanStarts.pending(engine, accountId)).isEmpty();
  }

  @Test
  void shouldCreateOneInstanceWhenAPlansStartRunsAgain() {
    String accountId = anAccount("twice");
    getWellPlans.escalate(accountId, "evaluation-1", REASONS);
    String planId = openPlan(accountId).id();
    Job start = PlanStarts.instanceStarts(engine, accountId).get(0);

    // at least once: the job run, and run again by a node that took it over
    assertThat(getWellPlans.start(planId)).isTrue();
    engine.getManagementService().executeJob(start.getId());
    assertThat(getWellPlans.start(planId)).isFalse();

    assertThat(onlyPlanProcess(accountId).getId())
        .isEqualTo(openPlan(accountId).processInstanceId());
    assertThat(PlanStarts.instanceStarts(engine, accountId)).isEmpty();
    assertThat(plans.ofAccount(accountId)).hasSize(1);
  }

  @Test
  void shouldRetryAPlanWhoseInstanceCannotBeCreatedAndKeepIt() {
    String accountId = anAccount("unreadable");
    getWellPlans.escalate(accountId, "evaluation-1", REASONS);
    String planId = openPlan(accountId).id();
    jdbc.update("update ls_get_well_plan set reasons = 'not a list' where id = ?", planId);
    Job start = PlanStarts.instanceStarts(engine, accountId).get(0);

    assertThatThrownBy(() -> engine.getManagementService().executeJob(start.getId()))
        .hasMessageContaining(planId);

    Job failed = PlanStarts.instanceStarts(engine, accountId).get(0);
    assertThat(failed.getRetries()).as("retried by the job executor").isEqualTo(2);
    assertThat(failed.getExceptionMessage()).isNotBlank();
    assertThat(planProcesses(accountId)).isEmpty();
    assertThat(getWellPlans.escalate(accountId, "evaluation-2", REASONS))
        .as("still one open plan")
        .isFalse();

    jdbc.update("update ls_get_well_plan set reasons = '[\"Health is red\"]' where id = ?", planId);
    engine.getManagementService().executeJob(failed.getId());

    assertThat(onlyPlanProcess(accountId).getId())
        .isEqualTo(openPlan(accountId).processInstanceId());
    assertThat(PlanStarts.run(engine, accountId)).isEqualTo(1);
    assertThat(diagnoseTasks(onlyPlanProcess(accountId))).isEqualTo(1);
  }

  @Test
  void shouldStartThePlanExactlyOnceWhenItsStartFailsAndIsRetried() {
    String accountId = anAccount("retry");
    getWellPlans.escalate(accountId, "evaluation-1", REASONS);
    PlanStarts.createInstances(engine, accountId);
    ProcessInstance plan = onlyPlanProcess(accountId);
    // the diagnosis's description needs the reasons: without them its start fails
    engine.getRuntimeService().removeVariable(plan.getId(), GetWellPlanProcess.REASONS);

    Job start = PlanStarts.pending(engine, accountId).get(0);
    assertThatThrownBy(() -> engine.getManagementService().executeJob(start.getId()))
        .hasMessageContaining(GetWellPlanProcess.REASONS);

    Job failed = PlanStarts.pending(engine, accountId).get(0);
    assertThat(failed.getRetries()).as("retried by the job executor").isEqualTo(2);
    assertThat(failed.getExceptionMessage()).isNotBlank();
    assertThat(openPlan(accountId).processInstanceId())
        .as("the escalation is kept")
        .isEqualTo(plan.getId());
    assertThat(getWellPlans.escalate(accountId, "evaluation-2", REASONS))
        .as("still one open plan")
        .isFalse();

    engine
        .getRuntimeService()
        .setVariable(plan.getId(), GetWellPlanProcess.REASONS, String.join("\n", REASONS));
    engine.getManagementService().executeJob(failed.getId());
    assertThatThrownBy(() -> engine.getManagementService().executeJob(failed.getId()))
        .as("a start job run again (at least once) finds nothing left to do")
        .hasMessageContaining(failed.getId());

    assertThat(onlyPlanProcess(accountId).getId()).isEqualTo(plan.getId());
    assertThat(diagnoseTasks(plan)).isEqualTo(1);
    assertThat(plans.ofAccount(accountId)).hasSize(1);
  }

  @Test
  void shouldCloseAPlanRecoveredBeforeItsInstanceWasCreated() {
    String accountId = anAccount("earliest");
    getWellPlans.escalate(accountId, "evaluation-1", REASONS);

    getWellPlans.recovered(accountId, "evaluation-2");
    PlanStarts.createInstances(engine, accountId);

    assertClosedByRecovery(accountId);
  }

  @Test
  void shouldCloseAPlanRecoveredBeforeItsStartJobRan() {
    String accountId = anAccount("early");
    getWellPlans.escalate(accountId, "evaluation-1", REASONS);
    PlanStarts.createInstances(engine, accountId);

    getWellPlans.recovered(accountId, "evaluation-2");

    assertClosedByRecovery(accountId);
  }

  private void assertClosedByRecovery(String accountId) {
    assertThat(plans.ofAccount(accountId))
        .singleElement()
        .satisfies(
            closed -> {
              assertThat(closed.isOpen()).isFalse();
              assertThat(closed.recoveryEvaluationId()).isEqualTo("evaluation-2");
            });
    assertThat(planProcesses(accountId)).isEmpty();
    assertThat(PlanStarts.pending(engine, accountId)).isEmpty();
    assertThat(getWellPlans.escalate(accountId, "evaluation-3", REASONS)).isTrue();
  }

  @Test
  void shouldKeepTheChunksEvaluationsWhenOneOfItsPlansFailsToStart() {
    String prefix = freshId("zzz-plan-start");
    String failing = redAccount(prefix + "-a");
    String starting = redAccount(prefix + "-b");

    HealthEvaluationService.Chunk chunk = health.evaluateAccountsAfter(prefix, 2);

    assertThat(chunk.evaluated()).isEqualTo(2);
    assertThat(chunk.escalated()).isEqualTo(2);
    assertThat(planProcesses(failing))
        .as("the chunk writes the plans, not their instances")
        .isEmpty();
    PlanStarts.createInstances(engine, failing);
    PlanStarts.createInstances(engine, starting);
    engine
        .getRuntimeService()
        .removeVariable(onlyPlanProcess(failing).getId(), GetWellPlanProcess.REASONS);
    for (String accountId : List.of(failing, starting)) {
      Job start = PlanStarts.firstSteps(engine, accountId).get(0);
      try {
        engine.getManagementService().executeJob(start.getId());
      } catch (RuntimeException failedAsTheJobExecutorWouldSee) {
        assertThat(accountId).isEqualTo(failing);
      }
    }

    assertThat(diagnoseTasks(onlyPlanProcess(starting))).isEqualTo(1);
    assertThat(diagnoseTasks(onlyPlanProcess(failing))).isZero();
    assertThat(PlanStarts.pending(engine, failing))
        .singleElement()
        .extracting(Job::getRetries)
        .isEqualTo(2);
    for (String accountId : List.of(failing, starting)) {
      assertThat(states.state(accountId).orElseThrow().escalated()).isTrue();
      assertThat(openPlan(accountId).evaluationId())
          .isEqualTo(states.state(accountId).orElseThrow().evaluationId());
    }
  }

  @Test
  void shouldNotCountOrHandOnAgainAnEscalationTheNextChunkOnlyConfirms() {
    String prefix = freshId("zzz-confirmed");
    String accountId = redAccount(prefix + "-a");

    HealthEvaluationService.Chunk first = health.evaluateAccountsAfter(prefix, 1);
    PlanStarts.run(engine, accountId);
    HealthEvaluationService.Chunk next = health.evaluateAccountsAfter(prefix, 1);

    assertThat(first.escalated()).isEqualTo(1);
    assertThat(next.escalated()).as("the same red account, its plan open").isZero();
    assertThat(plans.ofAccount(accountId)).hasSize(1);
    assertThat(states.current(accountId).orElseThrow().evaluations()).isEqualTo(2);
  }

  private String anAccount(String name) {
    return redAccount(freshId(name));
  }

  private String redAccount(String id) {
    signals.store(account(id, LocalDate.of(2027, 9, 30))).about(id, NOW).activeUsers(1, 10).send();
    accountIds.add(id);
    return id;
  }

  private GetWellPlan openPlan(String accountId) {
    return plans.findOpen(accountId).orElseThrow();
  }

  private GetWellPlanOverview overview(String accountId) {
    return getWellPlans.ofAccount(accountId).get(0);
  }

  private ProcessInstance onlyPlanProcess(String accountId) {
    List<ProcessInstance> running = planProcesses(accountId);
    assertThat(running).hasSize(1);
    return running.get(0);
  }

  private List<ProcessInstance> planProcesses(String accountId) {
    return engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processDefinitionKey(GetWellPlanProcess.KEY)
        .processInstanceBusinessKey(accountId)
        .list();
  }

  private long diagnoseTasks(ProcessInstance plan) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceId(plan.getId())
        .taskDefinitionKey(GetWellPlanProcess.TASK_DIAGNOSE)
        .count();
  }
}
