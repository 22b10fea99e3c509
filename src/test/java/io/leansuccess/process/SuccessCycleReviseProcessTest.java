package io.leansuccess.process;

import static io.leansuccess.cycle.SuccessCycleProcess.END_ADOPTED;
import static io.leansuccess.cycle.SuccessCycleProcess.END_DISCARDED;
import static io.leansuccess.cycle.SuccessCycleProcess.END_ITERATING;
import static io.leansuccess.cycle.SuccessCycleProcess.TASK_APPLY_MATURITY_TRANSITIONS;
import static io.leansuccess.cycle.SuccessCycleProcess.TASK_CONFIRM_OUTCOME;
import static io.leansuccess.cycle.SuccessCycleProcess.TASK_EVALUATE_PROGRESS;
import static io.leansuccess.cycle.SuccessCycleProcess.TASK_REVISE_PLAN;
import static io.leansuccess.cycle.SuccessCycleProcess.TASK_SET_VISION;
import static io.leansuccess.cycle.SuccessCycleProcess.TASK_SHARE_SUCCESS_STORY;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import io.leansuccess.cycle.SuccessCycleProcess;
import io.leansuccess.support.FormAnswers;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Revise, one instance per use case: adopt and share, iterate, discard, as proposed or overridden
 * with a reason.
 */
class SuccessCycleReviseProcessTest extends SuccessCycleFixture {

  static final String ADOPTED = "c4f1e2d3-7a8b-4c9d-8e1f-2a3b4c5d6e7f";
  static final String ITERATING = "d5a2f3e4-8b9c-4dae-9f20-3b4c5d6e7f80";
  static final String DISCARDED = "e6b3a4f5-9cad-4ebf-a031-4c5d6e7f8091";

  @BeforeEach
  void measuredOnAMonday() {
    clockAt("2027-03-29T09:00:00Z");
  }

  @Test
  void shouldAdoptAndShareIterateAndDiscardEachUseCaseAsProposed() throws Exception {
    ProcessInstance cycle = inRevise(ADOPTED, "ADOPT", ITERATING, "ITERATE", DISCARDED, "DISCARD");

    Assertions.assertThat(
            engine
                .getTaskService()
                .createTaskQuery()
                .taskDefinitionKey(TASK_CONFIRM_OUTCOME)
                .count())
        .isEqualTo(3);
    FormAnswers.complete(confirmation(ADOPTED));
    assertThat(cycle)
        .isWaitingAt(TASK_SHARE_SUCCESS_STORY)
        .hasNotPassed(END_ITERATING, END_DISCARDED);
    FormAnswers.complete(confirmation(ITERATING));
    assertThat(cycle).hasPassed(END_ITERATING).hasNotPassed(END_DISCARDED);
    FormAnswers.complete(confirmation(DISCARDED));
    assertThat(cycle).hasPassed(END_DISCARDED).isWaitingAt(TASK_SHARE_SUCCESS_STORY);
    verify(recordUseCaseOutcome, times(3)).execute(any());
    Assertions.assertThat(
            engine
                .getTaskService()
                .getVariable(
                    task(TASK_SHARE_SUCCESS_STORY, cycle).getId(), SuccessCycleProcess.USE_CASE_ID))
        .isEqualTo(ADOPTED);

    FormAnswers.complete(task(TASK_SHARE_SUCCESS_STORY, cycle));

    assertThat(cycle)
        .hasPassed(END_ADOPTED, TASK_APPLY_MATURITY_TRANSITIONS)
        .isWaitingAt(TASK_REVISE_PLAN);
    verify(recordStoryShared).notify(any());
  }

  @Test
  void shouldDiscardAProposedAdoptionWhenTheCsmOverridesItWithAReason() throws Exception {
    ProcessInstance cycle = inRevise(ADOPTED, "ADOPT");

    complete(
        confirmation(ADOPTED),
        withVariables(
            SuccessCycleProcess.OUTCOME,
            "DISCARD",
            SuccessCycleProcess.OVERRIDE_REASON,
            "The customer moved weekly planning to another tool"));

    assertThat(cycle)
        .hasPassed(END_DISCARDED)
        .hasNotPassed(TASK_SHARE_SUCCESS_STORY)
        .isWaitingAt(TASK_REVISE_PLAN);
    verify(recordStoryShared, never()).notify(any());
  }

  @Test
  void shouldIterateAProposedDiscardWhenTheCsmOverridesItWithAReason() {
    ProcessInstance cycle = inRevise(DISCARDED, "DISCARD");

    complete(
        confirmation(DISCARDED),
        withVariables(
            SuccessCycleProcess.OUTCOME,
            "ITERATE",
            SuccessCycleProcess.OVERRIDE_REASON,
            "Two regions started late; give it one more quarter"));

    assertThat(cycle).hasPassed(END_ITERATING).isWaitingAt(TASK_REVISE_PLAN);
  }

  @Test
  void shouldRefuseAnOverrideWithoutAReasonAndKeepTheConfirmationOpen() {
    ProcessInstance cycle = inRevise(ADOPTED, "ADOPT");
    Task confirmation = confirmation(ADOPTED);

    Assertions.assertThatThrownBy(
            () -> complete(confirmation, withVariables(SuccessCycleProcess.OUTCOME, "DISCARD")))
        .hasMessageContaining("DISCARD");

    assertThat(cycle).isWaitingAt(TASK_CONFIRM_OUTCOME).hasNotPassed(END_DISCARDED);
  }

  @Test
  void shouldFollowUpALateConfirmationAndALateStory() {
    ProcessInstance cycle = inRevise(ADOPTED, "ADOPT");

    Assertions.assertThat(fireTimersInDueOrderUntil("2027-04-03T09:00:00Z"))
        .containsExactly(overdueTimer(TASK_CONFIRM_OUTCOME) + " at 2027-04-03T09:00:00Z");
    assertThat(task(followUpTask(TASK_CONFIRM_OUTCOME), cycle)).hasCandidateGroup("cs-manager");
    FormAnswers.complete(confirmation(ADOPTED));
    assertThat(task(TASK_SHARE_SUCCESS_STORY, cycle))
        .hasCandidateGroup("csm")
        .hasDueDate(at("2027-04-08T09:00:00Z"));

    Assertions.assertThat(fireTimersInDueOrderUntil("2027-04-08T09:00:00Z"))
        .containsExactly(overdueTimer(TASK_SHARE_SUCCESS_STORY) + " at 2027-04-08T09:00:00Z");
    assertThat(task(followUpTask(TASK_SHARE_SUCCESS_STORY), cycle)).hasCandidateGroup("cs-manager");
    FormAnswers.complete(task(TASK_SHARE_SUCCESS_STORY, cycle));

    // the follow-ups are the CS manager's to close; Revise waits for them
    assertThat(cycle)
        .hasPassed(END_ADOPTED)
        .isWaitingAt(followUpTask(TASK_CONFIRM_OUTCOME), followUpTask(TASK_SHARE_SUCCESS_STORY))
        .isNotWaitingAt(TASK_REVISE_PLAN);
    FormAnswers.complete(task(followUpTask(TASK_CONFIRM_OUTCOME), cycle));
    FormAnswers.complete(task(followUpTask(TASK_SHARE_SUCCESS_STORY), cycle));
    assertThat(cycle).isWaitingAt(TASK_REVISE_PLAN);
  }

  /**
   * The cycle in Revise with these use cases and proposals ({@code id, outcome, id, outcome...}).
   */
  private ProcessInstance inRevise(String... useCasesAndProposals) {
    for (int i = 0; i < useCasesAndProposals.length; i += 2) {
      proposals.put(useCasesAndProposals[i], useCasesAndProposals[i + 1]);
    }
    ProcessInstance cycle = cycleStarted(true);
    envisioned(cycle, TASK_SET_VISION);
    executionsEnded();
    FormAnswers.complete(task(TASK_EVALUATE_PROGRESS, cycle));
    return cycle;
  }

  private Task confirmation(String useCaseId) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .taskDefinitionKey(TASK_CONFIRM_OUTCOME)
        .list()
        .stream()
        .filter(
            task ->
                useCaseId.equals(
                    engine
                        .getTaskService()
                        .getVariable(task.getId(), SuccessCycleProcess.USE_CASE_ID)))
        .findFirst()
        .orElseThrow();
  }
}
