package io.leansuccess.getwell;

import static io.leansuccess.getwell.GetWellPlanProcess.END_PLAN_CLOSED;
import static io.leansuccess.getwell.GetWellPlanProcess.REASONS;
import static io.leansuccess.getwell.GetWellPlanProcess.TASK_AGREE_REMEDIATION;
import static io.leansuccess.getwell.GetWellPlanProcess.TASK_DIAGNOSE;
import static io.leansuccess.getwell.GetWellPlanProcess.TASK_ENGAGE_EXECUTIVE_SPONSOR;
import static io.leansuccess.getwell.GetWellPlanProcess.TASK_WEEKLY_REVIEW;
import static io.leansuccess.getwell.GetWellPlanProcess.TIMER_RECOVERY_OVERDUE;
import static io.leansuccess.getwell.GetWellPlanProcess.TIMER_WEEKLY_REVIEW;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import io.leansuccess.support.FormAnswers;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import io.leansuccess.support.PlanStarts;
import io.leansuccess.support.TestData;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A get-well plan started and closed the way the health rules do it, with the real services; its
 * paths and timers on their own are {@code io.leansuccess.process.GetWellPlanProcessTest}'s.
 */
@LeanSuccessIntegrationTest
class GetWellPlanProcessIT {

  private static final List<String> REASONS_GIVEN =
      List.of(
          "NPS -20 (Health: red when NPS is below 0)",
          "Renewal in 90 days (Escalate: amber near renewal)");

  @Autowired ProcessEngine engine;
  @Autowired GetWellPlans getWellPlans;
  @Autowired GetWellPlanRepository plans;
  @Autowired TestData data;
  String accountId;
  String accountName;

  @BeforeEach
  void anAccount() {
    AbstractAssertions.init(engine);
    // a Monday
    clockAt("2027-03-01T09:00:00Z");
    var account = data.anAccount();
    accountId = account.id();
    accountName = account.name();
  }

  @AfterEach
  void endWhatIsLeft() {
    ClockUtil.reset();
    engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(accountId)
        .list()
        .forEach(
            instance ->
                engine
                    .getRuntimeService()
                    .deleteProcessInstance(instance.getId(), "GetWellPlanProcessIT is done"));
  }

  @Test
  void shouldDiagnoseAgreeRemediationReviewEveryWeekAndCloseWhenTheAccountRecovers() {
    Assertions.assertThat(getWellPlans.escalate(accountId, "evaluation-1", REASONS_GIVEN)).isTrue();
    PlanStarts.run(engine, accountId);
    ProcessInstance plan = planProcess();

    assertThat(plan)
        .isWaitingAt(TASK_DIAGNOSE)
        .hasBusinessKey(accountId)
        .variables()
        .containsEntry(REASONS, String.join("\n", REASONS_GIVEN))
        // Tasklist's filters show it beside every task
        .containsEntry("accountName", accountName);
    assertThat(task(TASK_DIAGNOSE, plan)).hasCandidateGroup("csm");
    Assertions.assertThat(task(TASK_DIAGNOSE, plan).getDescription())
        .contains(REASONS_GIVEN.get(0), REASONS_GIVEN.get(1));
    FormAnswers.complete(task(TASK_DIAGNOSE, plan));
    assertThat(task(TASK_AGREE_REMEDIATION, plan)).hasCandidateGroup("csm");
    clockAt("2027-03-03T15:00:00Z");
    FormAnswers.complete(task(TASK_AGREE_REMEDIATION, plan));

    assertThat(plan).isWaitingAt(TIMER_WEEKLY_REVIEW);
    Assertions.assertThat(timer(plan, TIMER_WEEKLY_REVIEW).getDuedate())
        .isEqualTo(at("2027-03-10T15:00:00Z"));
    clockAt("2027-03-10T15:00:01Z");
    fire(plan, TIMER_WEEKLY_REVIEW);
    assertThat(task(TASK_WEEKLY_REVIEW, plan)).hasCandidateGroup("csm");
    clockAt("2027-03-11T10:00:00Z");
    FormAnswers.complete(task(TASK_WEEKLY_REVIEW, plan));
    Assertions.assertThat(timer(plan, TIMER_WEEKLY_REVIEW).getDuedate())
        .as("a week after the last review")
        .isEqualTo(at("2027-03-18T10:00:00Z"));
    clockAt("2027-03-18T10:00:01Z");
    fire(plan, TIMER_WEEKLY_REVIEW);
    FormAnswers.complete(task(TASK_WEEKLY_REVIEW, plan));
    assertThat(plan).isWaitingAt(TIMER_WEEKLY_REVIEW);
    Assertions.assertThat(getWellPlans.hasOpenPlan(accountId)).isTrue();

    getWellPlans.recovered(accountId, "evaluation-9");

    assertThat(plan).isEnded().hasPassed(END_PLAN_CLOSED);
    GetWellPlan closed = plans.ofAccount(accountId).get(0);
    Assertions.assertThat(closed.closedAt()).isEqualTo(Instant.parse("2027-03-18T10:00:01Z"));
    Assertions.assertThat(closed.recoveryEvaluationId()).isEqualTo("evaluation-9");
    Assertions.assertThat(closed.reasons()).isEqualTo(REASONS_GIVEN);
    Assertions.assertThat(getWellPlans.hasOpenPlan(accountId)).isFalse();
  }

  @Test
  void shouldEngageAnExecutiveSponsorAfterThirtyDaysWithoutRecovery() {
    getWellPlans.escalate(accountId, "evaluation-1", REASONS_GIVEN);
    PlanStarts.run(engine, accountId);
    ProcessInstance plan = planProcess();
    Assertions.assertThat(timer(plan, TIMER_RECOVERY_OVERDUE).getDuedate())
        .isEqualTo(at("2027-03-31T09:00:00Z"));

    clockAt("2027-03-31T09:00:01Z");
    fire(plan, TIMER_RECOVERY_OVERDUE);

    assertThat(task(TASK_ENGAGE_EXECUTIVE_SPONSOR, plan)).hasCandidateGroup("cs-manager");
    Assertions.assertThat(task(TASK_ENGAGE_EXECUTIVE_SPONSOR, plan).getDueDate()).isNotNull();
    assertThat(plan)
        .as("the plan goes on beside it")
        .isWaitingAt(TASK_DIAGNOSE, TASK_ENGAGE_EXECUTIVE_SPONSOR);
    Assertions.assertThat(timer(plan, TIMER_RECOVERY_OVERDUE)).as("once").isNull();

    getWellPlans.recovered(accountId, "evaluation-5");

    assertThat(plan)
        .as("recovery ends every open step, the sponsor's too")
        .isEnded()
        .hasPassed(END_PLAN_CLOSED);
    Assertions.assertThat(getWellPlans.hasOpenPlan(accountId)).isFalse();
  }

  @Test
  void shouldKeepOnePlanOpenAndStartTheNextOneOnlyAfterRecovery() {
    getWellPlans.recovered(accountId, "evaluation-0");
    Assertions.assertThat(getWellPlans.hasOpenPlan(accountId))
        .as("recovered without a plan: nothing")
        .isFalse();

    Assertions.assertThat(getWellPlans.escalate(accountId, "evaluation-1", REASONS_GIVEN)).isTrue();
    Assertions.assertThat(
            getWellPlans.escalate(accountId, "evaluation-2", List.of("Invoices overdue")))
        .isFalse();
    PlanStarts.createInstances(engine, accountId);
    Assertions.assertThat(planProcesses()).hasSize(1);

    getWellPlans.recovered(accountId, "evaluation-3");
    getWellPlans.recovered(accountId, "evaluation-4");
    Assertions.assertThat(
            getWellPlans.escalate(accountId, "evaluation-5", List.of("Invoices overdue")))
        .isTrue();
    PlanStarts.createInstances(engine, accountId);

    List<GetWellPlan> all = plans.ofAccount(accountId);
    Assertions.assertThat(all)
        .extracting(GetWellPlan::evaluationId)
        .containsExactlyInAnyOrder("evaluation-1", "evaluation-5");
    Assertions.assertThat(all)
        .filteredOn(GetWellPlan::isOpen)
        .extracting(GetWellPlan::evaluationId)
        .containsExactly("evaluation-5");
    Assertions.assertThat(all)
        .filteredOn(plan -> !plan.isOpen())
        .extracting(GetWellPlan::recoveryEvaluationId)
        .containsExactly("evaluation-3");
    Assertions.assertThat(planProcesses()).hasSize(1);
  }

  @Test
  void shouldCloseThePlanWhenItsProcessIsCancelled() {
    getWellPlans.escalate(accountId, "evaluation-1", REASONS_GIVEN);
    PlanStarts.createInstances(engine, accountId);

    engine.getRuntimeService().deleteProcessInstance(planProcess().getId(), "Opened by mistake");

    GetWellPlan cancelled = plans.ofAccount(accountId).get(0);
    Assertions.assertThat(cancelled.isOpen()).isFalse();
    Assertions.assertThat(cancelled.recoveryEvaluationId()).isNull();
    Assertions.assertThat(getWellPlans.escalate(accountId, "evaluation-2", REASONS_GIVEN)).isTrue();
  }

  private ProcessInstance planProcess() {
    List<ProcessInstance> running = planProcesses();
    Assertions.assertThat(running).hasSize(1);
    return running.get(0);
  }

  private List<ProcessInstance> planProcesses() {
    return engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processDefinitionKey(GetWellPlanProcess.KEY)
        .processInstanceBusinessKey(accountId)
        .list();
  }

  private Job timer(ProcessInstance instance, String activityId) {
    return engine
        .getManagementService()
        .createJobQuery()
        .processInstanceId(instance.getId())
        .activityId(activityId)
        .singleResult();
  }

  private void fire(ProcessInstance instance, String timerActivityId) {
    Job job = timer(instance, timerActivityId);
    if (job == null) {
      throw new AssertionError("No timer " + timerActivityId + " waiting in " + instance.getId());
    }
    engine.getManagementService().executeJob(job.getId());
  }

  private static void clockAt(String instant) {
    ClockUtil.setCurrentTime(at(instant));
  }

  private static Date at(String instant) {
    return Date.from(Instant.parse(instant));
  }
}
