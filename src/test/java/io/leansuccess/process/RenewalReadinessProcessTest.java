package io.leansuccess.process;

import static io.leansuccess.renewal.RenewalReadinessProcess.END_GET_WELL_FIRST;
import static io.leansuccess.renewal.RenewalReadinessProcess.END_RENEWAL_READY;
import static io.leansuccess.renewal.RenewalReadinessProcess.TASK_JUDGE_READINESS;
import static io.leansuccess.renewal.RenewalReadinessProcess.TASK_PREPARE_RENEWAL;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import io.leansuccess.renewal.RenewalReadinessProcess;
import io.leansuccess.support.FormAnswers;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every path and timer of a renewal's readiness: briefed and prepared on time, answers still
 * missing, get well first, late with the manager's follow-up, cancelled.
 */
@Deployment(
    resources = {
      "processes/RenewalReadinessProcess.bpmn",
      "processes/forms/PrepareRenewal.form",
      "processes/forms/FollowUp.form"
    })
class RenewalReadinessProcessTest extends InMemoryEngine {

  static final String ACCOUNT_ID = "0f8e6d2c-5b4a-4e39-9a18-7c6b5d4e3f21";
  static final String READINESS_ID = "5c1d9e7f-3a2b-4c8d-9e0f-1a2b3c4d5e6f";

  final ExecutionListener closeRenewalReadiness = mock(ExecutionListener.class);

  /** What the rules judge, one verdict per judging, in order. */
  final Deque<String> verdicts = new ArrayDeque<>();

  /** The CSM's answers each judging was given. */
  final List<Object> answersJudged = new ArrayList<>();

  @BeforeEach
  void openedOnAMondayMorning() {
    clockAt("2027-01-04T09:00:00Z");
    Mocks.register("closeRenewalReadiness", closeRenewalReadiness);
    Mocks.register(
        "judgeRenewalReadiness",
        (JavaDelegate)
            execution -> {
              answersJudged.add(execution.getVariable("answerReasonsToReinvest"));
              execution.setVariable(RenewalReadinessProcess.READINESS, verdicts.pop());
              execution.setVariable(
                  RenewalReadinessProcess.READINESS_RULES, "Renewal ready: healthy");
              execution.setVariable(
                  "briefReasonsToReinvest", "⚠ The data cannot answer this: no goals");
            });
  }

  @Test
  void shouldDeployWithTheFormsOfItsTasks() {
    assertFormsDeployedWith(RenewalReadinessProcess.KEY);
  }

  @Test
  void shouldBriefTheCsmInAJobOfItsOwnAndGiveTwoWeeksToPrepare() {
    verdicts.add("ANSWERS_MISSING");
    ProcessInstance readiness = renewalClose();

    assertThat(readiness).isWaitingAt(TASK_JUDGE_READINESS);
    execute(job(readiness));

    assertThat(readiness).isWaitingAt(TASK_PREPARE_RENEWAL);
    assertThat(task(TASK_PREPARE_RENEWAL, readiness))
        .hasCandidateGroup("csm")
        .hasDueDate(at("2027-01-18T09:00:00Z"))
        .hasDescription(
            "Renewal of Initech on 2027-05-04. The rules judged: ANSWERS_MISSING (Renewal ready:"
                + " healthy). Answer in the form what the data could not; the brief is also at GET"
                + " /api/v1/accounts/"
                + ACCOUNT_ID
                + "/renewal-readiness.");
    Assertions.assertThat(timer(readiness, overdueTimer(TASK_PREPARE_RENEWAL)).getDuedate())
        .isEqualTo(at("2027-01-18T09:00:00Z"));
  }

  @Test
  void shouldEndRenewalReadyWhenTheCsmsAnswersCompleteTheBriefOnTime() throws Exception {
    verdicts.addAll(List.of("ANSWERS_MISSING", "RENEWAL_READY"));
    ProcessInstance readiness = briefed();

    FormAnswers.complete(task(TASK_PREPARE_RENEWAL, readiness));

    assertThat(readiness).isEnded().hasPassed(END_RENEWAL_READY);
    Assertions.assertThat(answersJudged)
        .containsExactly(
            null,
            "Planning time down a third since signing; the COO wants the same for purchasing");
    verify(closeRenewalReadiness).notify(any());
  }

  @Test
  void shouldGiveTheTaskBackWhileAnswersAreStillMissing() throws Exception {
    verdicts.addAll(List.of("ANSWERS_MISSING", "ANSWERS_MISSING", "RENEWAL_READY"));
    ProcessInstance readiness = briefed();

    FormAnswers.complete(task(TASK_PREPARE_RENEWAL, readiness));
    assertThat(readiness).isWaitingAt(TASK_PREPARE_RENEWAL);
    verify(closeRenewalReadiness, never()).notify(any());

    FormAnswers.complete(task(TASK_PREPARE_RENEWAL, readiness));
    assertThat(readiness).isEnded().hasPassed(END_RENEWAL_READY);
  }

  @Test
  void shouldEndGetWellFirstWhenTheRulesSaySo() throws Exception {
    verdicts.addAll(List.of("GET_WELL_FIRST", "GET_WELL_FIRST"));
    ProcessInstance readiness = briefed();

    FormAnswers.complete(task(TASK_PREPARE_RENEWAL, readiness));

    assertThat(readiness).isEnded().hasPassed(END_GET_WELL_FIRST).hasNotPassed(END_RENEWAL_READY);
  }

  @Test
  void shouldGiveTheManagerAFollowUpWhenThePreparationIsLate() throws Exception {
    verdicts.addAll(List.of("ANSWERS_MISSING", "RENEWAL_READY"));
    ProcessInstance readiness = briefed();

    Assertions.assertThat(fireTimersInDueOrderUntil("2027-02-01T09:00:00Z"))
        .containsExactly(overdueTimer(TASK_PREPARE_RENEWAL) + " at 2027-01-18T09:00:00Z");

    assertThat(readiness).isWaitingAt(TASK_PREPARE_RENEWAL, followUpTask(TASK_PREPARE_RENEWAL));
    assertThat(task(followUpTask(TASK_PREPARE_RENEWAL), readiness))
        .hasCandidateGroup("cs-manager")
        .hasDueDate(at("2027-01-23T09:00:00Z"));

    FormAnswers.complete(task(followUpTask(TASK_PREPARE_RENEWAL), readiness));
    assertThat(readiness).isWaitingAt(TASK_PREPARE_RENEWAL);
    FormAnswers.complete(task(TASK_PREPARE_RENEWAL, readiness));
    assertThat(readiness).isEnded().hasPassed(END_RENEWAL_READY);
    verify(closeRenewalReadiness, times(1)).notify(any());
  }

  @Test
  void shouldCloseTheReadinessWhenItsProcessIsCancelled() throws Exception {
    verdicts.add("ANSWERS_MISSING");
    ProcessInstance readiness = briefed();

    engine.getRuntimeService().deleteProcessInstance(readiness.getId(), "Renewal moved");

    verify(closeRenewalReadiness).notify(any());
  }

  private ProcessInstance renewalClose() {
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(
            RenewalReadinessProcess.KEY,
            ACCOUNT_ID,
            Map.of(
                RenewalReadinessProcess.READINESS_ID,
                READINESS_ID,
                RenewalReadinessProcess.ACCOUNT_ID,
                ACCOUNT_ID,
                RenewalReadinessProcess.ACCOUNT_NAME,
                "Initech",
                RenewalReadinessProcess.RENEWAL_DATE,
                "2027-05-04"));
  }

  private ProcessInstance briefed() {
    ProcessInstance readiness = renewalClose();
    execute(job(readiness));
    return readiness;
  }
}
