package io.leansuccess.process;

import static io.leansuccess.cycle.SuccessCycleProcess.CALL_EXECUTE_USE_CASES;
import static io.leansuccess.cycle.SuccessCycleProcess.END_CYCLE_CLOSED;
import static io.leansuccess.cycle.SuccessCycleProcess.TASK_APPLY_MATURITY_TRANSITIONS;
import static io.leansuccess.cycle.SuccessCycleProcess.TASK_ASSIGN_OWNERS;
import static io.leansuccess.cycle.SuccessCycleProcess.TASK_CHAMPION_CHECK_IN;
import static io.leansuccess.cycle.SuccessCycleProcess.TASK_CONFIRM_VISION;
import static io.leansuccess.cycle.SuccessCycleProcess.TASK_EVALUATE_PROGRESS;
import static io.leansuccess.cycle.SuccessCycleProcess.TASK_IDENTIFY_USE_CASES;
import static io.leansuccess.cycle.SuccessCycleProcess.TASK_PLAN_STAKEHOLDER_ENGAGEMENT;
import static io.leansuccess.cycle.SuccessCycleProcess.TASK_REVISE_PLAN;
import static io.leansuccess.cycle.SuccessCycleProcess.TASK_SELECT_USE_CASES;
import static io.leansuccess.cycle.SuccessCycleProcess.TASK_SET_VISION;
import static io.leansuccess.cycle.SuccessCycleProcess.TASK_SHORTLIST_USE_CASES;
import static io.leansuccess.cycle.SuccessCycleProcess.TASK_STEERING_CHECK_IN;
import static io.leansuccess.cycle.SuccessCycleProcess.TIMER_CHAMPION_CHECK_IN;
import static io.leansuccess.cycle.SuccessCycleProcess.TIMER_NEXT_QUARTER;
import static io.leansuccess.cycle.SuccessCycleProcess.TIMER_STEERING_CHECK_IN;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import io.leansuccess.cycle.SuccessCycleProcess;
import io.leansuccess.support.FormAnswers;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

/**
 * The quarter's paths and timers: envision, build with its check-ins, measure, revise the plan, the
 * next quarter.
 */
class SuccessCycleProcessTest extends SuccessCycleFixture {

  static final String USE_CASE = "c4f1e2d3-7a8b-4c9d-8e1f-2a3b4c5d6e7f";
  static final String OTHER_USE_CASE = "d5a2f3e4-8b9c-4dae-9f20-3b4c5d6e7f80";

  @BeforeEach
  void startedOnAMonday() {
    clockAt("2027-01-04T09:00:00Z");
  }

  @Test
  void shouldDeployWithTheFormsOfItsTasks() {
    assertFormsDeployedWith(SuccessCycleProcess.KEY);
  }

  @Test
  void shouldSetTheVisionInTheFirstCycleOfTheYear() {
    ProcessInstance cycle = cycleStarted(true);

    assertThat(cycle).isWaitingAt(TASK_SET_VISION);
    assertThat(task(TASK_SET_VISION, cycle))
        .hasCandidateGroup("csm")
        .hasDueDate(at("2027-01-09T09:00:00Z"));
    verify(cycleStages).enter(any(), eq("ENVISION"));
  }

  @Test
  void shouldConfirmTheVisionInALaterCycleAndFollowUpWhenItIsLate() {
    ProcessInstance cycle = cycleStarted(false);

    assertThat(cycle).isWaitingAt(TASK_CONFIRM_VISION);
    Assertions.assertThat(fireTimersInDueOrderUntil("2027-01-09T09:00:00Z"))
        .containsExactly(overdueTimer(TASK_CONFIRM_VISION) + " at 2027-01-09T09:00:00Z");
    assertThat(task(followUpTask(TASK_CONFIRM_VISION), cycle)).hasCandidateGroup("cs-manager");
    FormAnswers.complete(task(TASK_CONFIRM_VISION, cycle));
    assertThat(cycle).isWaitingAt(TASK_IDENTIFY_USE_CASES, followUpTask(TASK_CONFIRM_VISION));
  }

  @Test
  void shouldAskTheLibraryForSuggestionsWhenTheCsmStartsIdentifyingUseCases() {
    ProcessInstance cycle = cycleStarted(true);
    verify(suggestLibraryUseCases, never()).notify(any());

    FormAnswers.complete(task(TASK_SET_VISION, cycle));

    assertThat(cycle).isWaitingAt(TASK_IDENTIFY_USE_CASES);
    verify(suggestLibraryUseCases).notify(any());
  }

  @Test
  void shouldExecuteEachSelectedUseCaseInBuildAndMeasureWhenAllHaveEnded() {
    proposals.put(USE_CASE, "ADOPT");
    proposals.put(OTHER_USE_CASE, "ITERATE");
    ProcessInstance cycle = cycleStarted(true);
    envisioned(cycle, TASK_SET_VISION);

    assertThat(cycle)
        .hasPassed(TASK_SHORTLIST_USE_CASES, TASK_SELECT_USE_CASES)
        .isWaitingAt(CALL_EXECUTE_USE_CASES);
    verify(cycleStages).enter(any(), eq("BUILD"));
    List<Task> executing = executing();
    Assertions.assertThat(executing)
        .extracting(task -> engine.getTaskService().getVariable(task.getId(), "useCaseId"))
        .containsExactlyInAnyOrder(USE_CASE, OTHER_USE_CASE);
    engine.getTaskService().complete(executing.get(0).getId());
    assertThat(cycle).isWaitingAt(CALL_EXECUTE_USE_CASES);

    engine.getTaskService().complete(executing.get(1).getId());
    assertThat(cycle).isWaitingAt(TASK_EVALUATE_PROGRESS);
    verify(cycleStages).enter(any(), eq("MEASURE"));
  }

  @Test
  void shouldGoStraightFromBuildToMeasureWhenNoUseCaseWasSelected() {
    ProcessInstance cycle = cycleStarted(true);
    envisioned(cycle, TASK_SET_VISION);

    assertThat(cycle)
        .hasPassed(CALL_EXECUTE_USE_CASES + "#multiInstanceBody")
        .isWaitingAt(TASK_EVALUATE_PROGRESS);
    Assertions.assertThat(executing()).isEmpty();
  }

  @Test
  void shouldHoldChampionAndSteeringCheckInsWhileUseCasesRunAndDropWhatIsOpenWhenTheyEnd() {
    proposals.put(USE_CASE, "ADOPT");
    ProcessInstance cycle = cycleStarted(true);
    envisioned(cycle, TASK_SET_VISION);

    Assertions.assertThat(fireTimersInDueOrderUntil("2027-02-09T09:00:00Z"))
        .containsExactly(
            TIMER_CHAMPION_CHECK_IN + " at 2027-01-18T09:00:00Z",
            overdueTimer(TASK_CHAMPION_CHECK_IN) + " at 2027-01-23T09:00:00Z",
            TIMER_CHAMPION_CHECK_IN + " at 2027-02-01T09:00:00Z",
            TIMER_STEERING_CHECK_IN + " at 2027-02-04T09:00:00Z",
            overdueTimer(TASK_CHAMPION_CHECK_IN) + " at 2027-02-06T09:00:00Z",
            overdueTimer(TASK_STEERING_CHECK_IN) + " at 2027-02-09T09:00:00Z");
    assertThat(cycle)
        .isWaitingAt(
            CALL_EXECUTE_USE_CASES,
            TASK_CHAMPION_CHECK_IN,
            TASK_STEERING_CHECK_IN,
            followUpTask(TASK_CHAMPION_CHECK_IN),
            followUpTask(TASK_STEERING_CHECK_IN));
    Assertions.assertThat(
            engine.getTaskService().createTaskQuery().taskCandidateGroup("cs-manager").count())
        .isEqualTo(3);

    executionsEnded();

    assertThat(cycle)
        .isWaitingAt(TASK_EVALUATE_PROGRESS)
        .isNotWaitingAt(
            TASK_CHAMPION_CHECK_IN,
            TASK_STEERING_CHECK_IN,
            followUpTask(TASK_CHAMPION_CHECK_IN),
            followUpTask(TASK_STEERING_CHECK_IN));
    Assertions.assertThat(
            engine
                .getManagementService()
                .createJobQuery()
                .timers()
                .activityId(TIMER_CHAMPION_CHECK_IN)
                .count())
        .isZero();
  }

  @Test
  void shouldFollowUpEveryLateStepOfTheQuarterAndStartTheNextCycleWhenTheQuarterBegins()
      throws Exception {
    ProcessInstance cycle = cycleStarted(true);

    lateBy("2027-01-09T09:00:00Z", cycle, TASK_SET_VISION);
    lateBy("2027-01-14T09:00:00Z", cycle, TASK_IDENTIFY_USE_CASES);
    lateBy("2027-01-19T09:00:00Z", cycle, TASK_ASSIGN_OWNERS);
    lateBy("2027-01-24T09:00:00Z", cycle, TASK_PLAN_STAKEHOLDER_ENGAGEMENT);
    lateBy("2027-01-29T09:00:00Z", cycle, TASK_EVALUATE_PROGRESS);
    assertThat(cycle).hasPassed(TASK_APPLY_MATURITY_TRANSITIONS, "Task_ProduceQbr");
    lateBy("2027-02-03T09:00:00Z", cycle, TASK_REVISE_PLAN);

    assertThat(cycle).isWaitingAt(TIMER_NEXT_QUARTER);
    Assertions.assertThat(fireTimersInDueOrderUntil("2027-04-01T00:00:00Z"))
        .containsExactly(TIMER_NEXT_QUARTER + " at 2027-04-01T00:00:00Z");
    verify(startNextCycle).execute(any());
    // the CS manager's follow-ups are theirs to close; the cycle instance ends with the last of
    // them
    String[] followUps =
        List.of(
                TASK_SET_VISION,
                TASK_IDENTIFY_USE_CASES,
                TASK_ASSIGN_OWNERS,
                TASK_PLAN_STAKEHOLDER_ENGAGEMENT,
                TASK_EVALUATE_PROGRESS,
                TASK_REVISE_PLAN)
            .stream()
            .map(InMemoryEngine::followUpTask)
            .toArray(String[]::new);
    assertThat(cycle)
        .hasPassed("Task_StartNextCycle", END_CYCLE_CLOSED)
        .isWaitingAtExactly(followUps);
    engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceId(cycle.getId())
        .list()
        .forEach(FormAnswers::complete);
    assertThat(cycle).isEnded();
    InOrder stages = inOrder(cycleStages);
    for (String stage : List.of("ENVISION", "BUILD", "MEASURE", "REVISE")) {
      stages.verify(cycleStages, atLeastOnce()).enter(any(), eq(stage));
    }
  }

  @Test
  void shouldStartTheNextCycleAtOnceWhenTheQuarterIsAlreadyOver() {
    ProcessInstance cycle = cycleStarted(true);
    envisioned(cycle, TASK_SET_VISION);
    FormAnswers.complete(task(TASK_EVALUATE_PROGRESS, cycle));
    nextCycleStartsAt = at("2027-01-04T09:00:00Z");
    FormAnswers.complete(task(TASK_REVISE_PLAN, cycle));

    Assertions.assertThat(fireTimersInDueOrderUntil("2027-01-04T09:00:00Z"))
        .containsExactly(TIMER_NEXT_QUARTER + " at 2027-01-04T09:00:00Z");
    assertThat(cycle).isEnded().hasPassed(END_CYCLE_CLOSED);
  }

  /** Lets a step go overdue (its timer is the only one due by then), then does it. */
  private void lateBy(String due, ProcessInstance cycle, String taskId) {
    assertThat(task(taskId, cycle)).hasCandidateGroup("csm").hasDueDate(at(due));
    Assertions.assertThat(fireTimersInDueOrderUntil(due))
        .containsExactly(overdueTimer(taskId) + " at " + due);
    assertThat(task(followUpTask(taskId), cycle)).hasCandidateGroup("cs-manager");
    FormAnswers.complete(task(taskId, cycle));
  }
}
