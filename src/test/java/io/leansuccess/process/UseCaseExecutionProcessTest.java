package io.leansuccess.process;

import static io.leansuccess.execution.UseCaseExecutionProcess.END_OUTCOME_PROPOSED;
import static io.leansuccess.execution.UseCaseExecutionProcess.SUB_PROCESS_EXECUTION;
import static io.leansuccess.execution.UseCaseExecutionProcess.TASK_EVALUATE_OUTCOME;
import static io.leansuccess.execution.UseCaseExecutionProcess.TASK_PROGRESS_CHECK_IN;
import static io.leansuccess.execution.UseCaseExecutionProcess.TASK_READY_USE_CASE;
import static io.leansuccess.execution.UseCaseExecutionProcess.TIMER_EXECUTION_PERIOD_ENDS;
import static io.leansuccess.execution.UseCaseExecutionProcess.TIMER_MONTHLY_PROGRESS_CHECK_IN;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import io.leansuccess.execution.UseCaseExecutionProcess;
import io.leansuccess.support.FormAnswers;
import io.leansuccess.usecase.ExecutionDurations;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every path and timer of one use case's execution: ready, the monthly check-ins, the period's end.
 */
@Deployment(
    resources = {
      "processes/UseCaseExecutionProcess.bpmn",
      "processes/forms/FollowUp.form",
      "processes/forms/ProgressCheckIn.form",
      "processes/forms/ReadyUseCase.form"
    })
class UseCaseExecutionProcessTest extends InMemoryEngine {

  static final String USE_CASE_ID = "c4f1e2d3-7a8b-4c9d-8e1f-2a3b4c5d6e7f";

  final ExecutionListener useCaseBriefing = mock(ExecutionListener.class);
  final JavaDelegate evaluateUseCaseOutcome = mock(JavaDelegate.class);
  String executionDuration = ExecutionDurations.DEFAULT;

  @BeforeEach
  void selectedOnAMonday() {
    clockAt("2027-01-04T09:00:00Z");
    Mocks.register("useCaseBriefing", useCaseBriefing);
    Mocks.register(
        "startUseCaseExecution",
        (JavaDelegate)
            execution ->
                execution.setVariable(
                    UseCaseExecutionProcess.EXECUTION_DURATION, executionDuration));
    Mocks.register("evaluateUseCaseOutcome", evaluateUseCaseOutcome);
  }

  @Test
  void shouldDeployWithTheFormsOfItsTasks() {
    assertFormsDeployedWith(UseCaseExecutionProcess.KEY);
  }

  @Test
  void shouldReadyTheUseCaseAndThenExecuteIt() throws Exception {
    ProcessInstance execution = selected();

    verify(useCaseBriefing).notify(any());
    assertThat(task(TASK_READY_USE_CASE, execution))
        .hasCandidateGroup("csm")
        .hasDueDate(at("2027-01-09T09:00:00Z"));
    FormAnswers.complete(task(TASK_READY_USE_CASE, execution));

    assertThat(execution).isWaitingAt(TIMER_EXECUTION_PERIOD_ENDS).hasPassed("Task_StartExecution");
    Assertions.assertThat(timer(execution, TIMER_EXECUTION_PERIOD_ENDS).getDuedate())
        .isEqualTo(at("2027-04-04T09:00:00Z"));
    Assertions.assertThat(timer(execution, TIMER_MONTHLY_PROGRESS_CHECK_IN).getDuedate())
        .isEqualTo(at("2027-02-04T09:00:00Z"));
  }

  @Test
  void shouldRunForTheUseCasesOwnDuration() {
    executionDuration = "P6W";
    ProcessInstance execution = selected();
    FormAnswers.complete(task(TASK_READY_USE_CASE, execution));

    Assertions.assertThat(timer(execution, TIMER_EXECUTION_PERIOD_ENDS).getDuedate())
        .isEqualTo(at("2027-02-15T09:00:00Z"));
  }

  @Test
  void shouldGiveTheCsManagerAFollowUpWhenTheUseCaseIsNotReadyInTime() {
    ProcessInstance execution = selected();

    Assertions.assertThat(fireTimersInDueOrderUntil("2027-01-09T09:00:00Z"))
        .containsExactly(overdueTimer(TASK_READY_USE_CASE) + " at 2027-01-09T09:00:00Z");

    assertThat(execution).isWaitingAt(TASK_READY_USE_CASE, followUpTask(TASK_READY_USE_CASE));
    assertThat(task(followUpTask(TASK_READY_USE_CASE), execution)).hasCandidateGroup("cs-manager");
    FormAnswers.complete(task(TASK_READY_USE_CASE, execution));
    assertThat(execution)
        .isWaitingAt(TIMER_EXECUTION_PERIOD_ENDS, followUpTask(TASK_READY_USE_CASE));

    // the period's end closes the execution's own check-ins, not the CS manager's follow-up
    fire(execution, TIMER_EXECUTION_PERIOD_ENDS);
    assertThat(execution)
        .hasPassed(END_OUTCOME_PROPOSED)
        .isWaitingAtExactly(followUpTask(TASK_READY_USE_CASE));
  }

  @Test
  void shouldCheckInMonthlyFollowUpLateCheckInsAndProposeTheOutcomeWhenThePeriodEnds()
      throws Exception {
    ProcessInstance execution = selected();
    FormAnswers.complete(task(TASK_READY_USE_CASE, execution));

    Assertions.assertThat(fireTimersInDueOrderUntil("2027-03-04T09:00:00Z"))
        .containsExactly(
            TIMER_MONTHLY_PROGRESS_CHECK_IN + " at 2027-02-04T09:00:00Z",
            overdueTimer(TASK_PROGRESS_CHECK_IN) + " at 2027-02-09T09:00:00Z",
            TIMER_MONTHLY_PROGRESS_CHECK_IN + " at 2027-03-04T09:00:00Z");
    List<Task> checkIns =
        taskQuery().taskDefinitionKey(TASK_PROGRESS_CHECK_IN).orderByDueDate().asc().list();
    Assertions.assertThat(checkIns)
        .extracting(Task::getDueDate)
        .containsExactly(at("2027-02-09T09:00:00Z"), at("2027-03-09T09:00:00Z"));
    assertThat(checkIns.get(1)).hasCandidateGroup("csm");
    assertThat(task(followUpTask(TASK_PROGRESS_CHECK_IN), execution))
        .hasCandidateGroup("cs-manager");
    FormAnswers.complete(checkIns.get(0));

    // the period's end and a third check-in fall due together: the end closes whatever is open
    Assertions.assertThat(fireTimersInDueOrderUntil("2027-04-04T09:00:00Z"))
        .containsExactly(
            overdueTimer(TASK_PROGRESS_CHECK_IN) + " at 2027-03-09T09:00:00Z",
            TIMER_EXECUTION_PERIOD_ENDS + " at 2027-04-04T09:00:00Z");

    assertThat(execution)
        .hasPassed(
            SUB_PROCESS_EXECUTION,
            "EndEvent_ExecutionEnded",
            TASK_EVALUATE_OUTCOME,
            END_OUTCOME_PROPOSED)
        .isEnded();
    verify(evaluateUseCaseOutcome).execute(any());
  }

  private ProcessInstance selected() {
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(
            UseCaseExecutionProcess.KEY,
            "0f8e2c1a-6b7d-4e3f-9a21-5c4d3b2a1f00",
            Map.of(
                UseCaseExecutionProcess.ACCOUNT_ID, "0f8e2c1a-6b7d-4e3f-9a21-5c4d3b2a1f00",
                UseCaseExecutionProcess.CYCLE_ID, "9e8d7c6b-5a49-4382-a1b0-c9d8e7f6a5b4",
                UseCaseExecutionProcess.USE_CASE_ID, USE_CASE_ID));
  }
}
