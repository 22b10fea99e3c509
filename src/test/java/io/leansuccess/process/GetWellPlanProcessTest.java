package io.leansuccess.process;

import static io.leansuccess.getwell.GetWellPlanProcess.END_PLAN_CLOSED;
import static io.leansuccess.getwell.GetWellPlanProcess.TASK_AGREE_REMEDIATION;
import static io.leansuccess.getwell.GetWellPlanProcess.TASK_DIAGNOSE;
import static io.leansuccess.getwell.GetWellPlanProcess.TASK_ENGAGE_EXECUTIVE_SPONSOR;
import static io.leansuccess.getwell.GetWellPlanProcess.TASK_WEEKLY_REVIEW;
import static io.leansuccess.getwell.GetWellPlanProcess.TIMER_RECOVERY_OVERDUE;
import static io.leansuccess.getwell.GetWellPlanProcess.TIMER_WEEKLY_REVIEW;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import io.leansuccess.getwell.GetWellPlanProcess;
import io.leansuccess.support.FormAnswers;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every path and timer of a get-well plan: diagnose, remediate, review weekly, sponsor, recovered.
 */
@Deployment(
    resources = {
      "processes/GetWellPlanProcess.bpmn",
      "processes/forms/AgreeRemediation.form",
      "processes/forms/Diagnose.form",
      "processes/forms/EngageExecutiveSponsor.form",
      "processes/forms/FollowUp.form",
      "processes/forms/WeeklyReview.form"
    })
class GetWellPlanProcessTest extends InMemoryEngine {

  static final String ACCOUNT_ID = "7d3c9b1e-2f4a-4c8d-b6e5-0a9f8e7d6c5b";
  static final String REASONS = "Active users fell 45% in 30 days (rule: Usage collapse escalates)";

  final ExecutionListener closeGetWellPlan = mock(ExecutionListener.class);

  @BeforeEach
  void escalatedOnAFridayMorning() {
    clockAt("2027-01-08T09:00:00Z");
    Mocks.register("closeGetWellPlan", closeGetWellPlan);
  }

  @Test
  void shouldDeployWithTheFormsOfItsTasks() {
    assertFormsDeployedWith(GetWellPlanProcess.KEY);
  }

  @Test
  void shouldStartThePlanInAJobOfItsOwn() {
    ProcessInstance plan = escalated();

    assertThat(plan)
        .isWaitingAt(GetWellPlanProcess.START_ACCOUNT_AT_RISK)
        .hasNotPassed(TASK_DIAGNOSE);
    Assertions.assertThat(engine.getTaskService().createTaskQuery().count()).isZero();
    execute(job(GetWellPlanProcess.START_ACCOUNT_AT_RISK, plan));
    assertThat(plan).isWaitingAt(TASK_DIAGNOSE);
  }

  @Test
  void shouldGiveTheCsmTwoBusinessDaysOverTheWeekendToDiagnoseWithTheReasons() {
    ProcessInstance plan = accountAtRisk();

    assertThat(plan)
        .isWaitingAt(TASK_DIAGNOSE)
        .variables()
        .containsEntry(GetWellPlanProcess.REASONS, REASONS);
    assertThat(task(TASK_DIAGNOSE, plan))
        .hasCandidateGroup("csm")
        .hasDueDate(at("2027-01-12T09:00:00Z"))
        .hasDescription(
            "Find the cause with the customer. Why the health rules escalated: " + REASONS);
    Assertions.assertThat(timer(plan, overdueTimer(TASK_DIAGNOSE)).getDuedate())
        .isEqualTo(at("2027-01-12T09:00:00Z"));
  }

  @Test
  void shouldAgreeRemediationAndThenReviewEveryWeek() throws Exception {
    ProcessInstance plan = accountAtRisk();
    FormAnswers.complete(task(TASK_DIAGNOSE, plan));
    assertThat(task(TASK_AGREE_REMEDIATION, plan)).hasCandidateGroup("csm");
    FormAnswers.complete(task(TASK_AGREE_REMEDIATION, plan));

    assertThat(plan).isWaitingAt(TIMER_WEEKLY_REVIEW);
    fire(plan, TIMER_WEEKLY_REVIEW);
    assertThat(task(TASK_WEEKLY_REVIEW, plan))
        .hasCandidateGroup("csm")
        .hasDueDate(at("2027-01-20T09:00:00Z"));
    FormAnswers.complete(task(TASK_WEEKLY_REVIEW, plan));

    assertThat(plan).isWaitingAt(TIMER_WEEKLY_REVIEW);
    Assertions.assertThat(timer(plan, TIMER_WEEKLY_REVIEW).getDuedate())
        .isEqualTo(at("2027-01-22T09:00:00Z"));
    verify(closeGetWellPlan, never()).notify(any());
  }

  @Test
  void shouldCloseThePlanWhenTheAccountRecoversWhereverItStands() throws Exception {
    ProcessInstance plan = accountAtRisk();
    FormAnswers.complete(task(TASK_DIAGNOSE, plan));

    engine
        .getRuntimeService()
        .createMessageCorrelation(GetWellPlanProcess.MESSAGE_ACCOUNT_RECOVERED)
        .processInstanceId(plan.getId())
        .setVariable(
            GetWellPlanProcess.RECOVERY_EVALUATION_ID, "b1e2c3d4-0000-4000-8000-000000000001")
        .correlateAllWithResult();

    assertThat(plan).isEnded().hasPassed(END_PLAN_CLOSED).hasNotPassed(TASK_WEEKLY_REVIEW);
    Assertions.assertThat(
            engine.getTaskService().createTaskQuery().processInstanceId(plan.getId()).count())
        .isZero();
    verify(closeGetWellPlan).notify(any());
  }

  @Test
  void shouldCloseThePlanWhenItsProcessIsCancelled() throws Exception {
    ProcessInstance plan = accountAtRisk();

    engine.getRuntimeService().deleteProcessInstance(plan.getId(), "Cancelled in Cockpit");

    verify(closeGetWellPlan).notify(any());
  }

  @Test
  void shouldFollowUpALateDiagnosisAndEngageASponsorAfterThirtyDaysWithoutRecovery() {
    ProcessInstance plan = accountAtRisk();

    Assertions.assertThat(fireTimersInDueOrderUntil("2027-02-07T09:00:00Z"))
        .containsExactly(
            overdueTimer(TASK_DIAGNOSE) + " at 2027-01-12T09:00:00Z",
            TIMER_RECOVERY_OVERDUE + " at 2027-02-07T09:00:00Z");

    assertThat(plan)
        .isWaitingAt(TASK_DIAGNOSE, followUpTask(TASK_DIAGNOSE), TASK_ENGAGE_EXECUTIVE_SPONSOR);
    assertThat(task(followUpTask(TASK_DIAGNOSE), plan)).hasCandidateGroup("cs-manager");
    assertThat(task(TASK_ENGAGE_EXECUTIVE_SPONSOR, plan)).hasCandidateGroup("cs-manager");
    FormAnswers.complete(task(TASK_ENGAGE_EXECUTIVE_SPONSOR, plan));
    assertThat(plan)
        .isWaitingAt(TASK_DIAGNOSE, followUpTask(TASK_DIAGNOSE))
        .hasPassed("EndEvent_SponsorEngaged");
  }

  @Test
  void shouldFollowUpLateRemediationAndLateWeeklyReviewsInDueOrder() {
    ProcessInstance plan = accountAtRisk();
    FormAnswers.complete(task(TASK_DIAGNOSE, plan));

    Assertions.assertThat(fireTimersInDueOrderUntil("2027-01-13T09:00:00Z"))
        .containsExactly(overdueTimer(TASK_AGREE_REMEDIATION) + " at 2027-01-13T09:00:00Z");
    assertThat(plan).isWaitingAt(TASK_AGREE_REMEDIATION, followUpTask(TASK_AGREE_REMEDIATION));
    FormAnswers.complete(task(TASK_AGREE_REMEDIATION, plan));

    Assertions.assertThat(fireTimersInDueOrderUntil("2027-02-07T09:00:00Z"))
        .containsExactly(
            TIMER_WEEKLY_REVIEW + " at 2027-01-20T09:00:00Z",
            overdueTimer(TASK_WEEKLY_REVIEW) + " at 2027-01-25T09:00:00Z",
            TIMER_RECOVERY_OVERDUE + " at 2027-02-07T09:00:00Z");
    assertThat(plan)
        .isWaitingAt(
            TASK_WEEKLY_REVIEW, followUpTask(TASK_WEEKLY_REVIEW), TASK_ENGAGE_EXECUTIVE_SPONSOR);
  }

  /** Escalated, and its start job run (the start event is asynchronous). */
  private ProcessInstance accountAtRisk() {
    ProcessInstance plan = escalated();
    assertThat(plan).isWaitingAt(GetWellPlanProcess.START_ACCOUNT_AT_RISK);
    execute(job(GetWellPlanProcess.START_ACCOUNT_AT_RISK, plan));
    return plan;
  }

  private ProcessInstance escalated() {
    return engine
        .getRuntimeService()
        .createMessageCorrelation(GetWellPlanProcess.MESSAGE_ACCOUNT_AT_RISK)
        .processInstanceBusinessKey(ACCOUNT_ID)
        .setVariables(
            Variables.createVariables()
                .putValue(GetWellPlanProcess.ACCOUNT_ID, ACCOUNT_ID)
                .putValue(GetWellPlanProcess.ACCOUNT_NAME, "Globex")
                .putValue(GetWellPlanProcess.PLAN_ID, "5a6b7c8d-1111-4222-8333-944455566677")
                .putValue(GetWellPlanProcess.EVALUATION_ID, "b1e2c3d4-0000-4000-8000-000000000000")
                .putValue(GetWellPlanProcess.REASONS, REASONS))
        .correlateStartMessage();
  }
}
