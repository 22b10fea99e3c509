package io.leansuccess.process;

import static io.leansuccess.cycle.SuccessCycleProcess.TASK_ASSIGN_OWNERS;
import static io.leansuccess.cycle.SuccessCycleProcess.TASK_IDENTIFY_USE_CASES;
import static io.leansuccess.cycle.SuccessCycleProcess.TASK_PLAN_STAKEHOLDER_ENGAGEMENT;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.Mockito.mock;

import io.leansuccess.cycle.SuccessCycleProcess;
import io.leansuccess.cycle.process.CycleStagesListener;
import io.leansuccess.execution.process.ValidateOutcomeChoiceListener;
import io.leansuccess.support.FormAnswers;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;

/**
 * The success cycle's beans for its fast tests: the delegates as mocks that set what the diagram
 * routes on (the selected use cases, each one's proposed outcome, the next quarter's start), the
 * real {@link ValidateOutcomeChoiceListener} (it decides which outcome the gateway sees), and the
 * use cases' executions as {@code UseCaseExecutionStub.bpmn}, which waits until a test ends them.
 */
@Deployment(
    resources = {
      "processes/SuccessCycleProcess.bpmn",
      "io/leansuccess/process/UseCaseExecutionStub.bpmn",
      "processes/forms/AssignOwners.form",
      "processes/forms/ChampionCheckIn.form",
      "processes/forms/ConfirmOutcome.form",
      "processes/forms/ConfirmVision.form",
      "processes/forms/EvaluateProgress.form",
      "processes/forms/FollowUp.form",
      "processes/forms/IdentifyUseCases.form",
      "processes/forms/PlanStakeholderEngagement.form",
      "processes/forms/RevisePlan.form",
      "processes/forms/SetVision.form",
      "processes/forms/ShareSuccessStory.form",
      "processes/forms/SteeringCheckIn.form"
    })
abstract class SuccessCycleFixture extends InMemoryEngine {

  static final String ACCOUNT_ID = "0f8e2c1a-6b7d-4e3f-9a21-5c4d3b2a1f00";
  static final String CYCLE_ID = "9e8d7c6b-5a49-4382-a1b0-c9d8e7f6a5b4";
  static final String STUB_EXECUTING = "Task_UseCaseExecuting";

  final CycleStagesListener cycleStages = mock(CycleStagesListener.class);
  final JavaDelegate applyMaturityTransitions = mock(JavaDelegate.class);
  final JavaDelegate produceQbr = mock(JavaDelegate.class);
  final JavaDelegate recordUseCaseOutcome = mock(JavaDelegate.class);
  final ExecutionListener recordStoryShared = mock(ExecutionListener.class);
  final JavaDelegate startNextCycle = mock(JavaDelegate.class);
  final TaskListener suggestLibraryUseCases = mock(TaskListener.class);

  /** What the rules propose for each selected use case, in the order they were selected. */
  final Map<String, String> proposals = new LinkedHashMap<>();

  Date nextCycleStartsAt = at("2027-04-01T00:00:00Z");

  @BeforeEach
  void successCycleBeans() {
    Mocks.register("cycleStages", cycleStages);
    Mocks.register("recordVision", mock(TaskListener.class));
    Mocks.register("suggestLibraryUseCases", suggestLibraryUseCases);
    Mocks.register("shortlistUseCases", mock(JavaDelegate.class));
    Mocks.register(
        "selectUseCases",
        (JavaDelegate)
            execution ->
                execution.setVariable(
                    SuccessCycleProcess.SELECTED_USE_CASE_IDS,
                    Variables.objectValue(new ArrayList<>(proposals.keySet()))
                        .serializationDataFormat(Variables.SerializationDataFormats.JSON)
                        .create()));
    Mocks.register(
        "outcomeBriefing",
        (ExecutionListener)
            execution -> {
              String proposed =
                  proposals.get((String) execution.getVariable(SuccessCycleProcess.USE_CASE_ID));
              Map<String, Object> local = new HashMap<>();
              local.put(SuccessCycleProcess.PROPOSED_OUTCOME, proposed);
              local.put(SuccessCycleProcess.PROPOSAL_RULES, "- Every KPI met its target");
              local.put(SuccessCycleProcess.OUTCOME, proposed);
              local.put(SuccessCycleProcess.OVERRIDE_REASON, null);
              execution.setVariablesLocal(local);
            });
    Mocks.register("validateOutcomeChoice", new ValidateOutcomeChoiceListener());
    Mocks.register("recordUseCaseOutcome", recordUseCaseOutcome);
    Mocks.register("recordStoryShared", recordStoryShared);
    Mocks.register("applyMaturityTransitions", applyMaturityTransitions);
    Mocks.register("produceQbr", produceQbr);
    Mocks.register(
        "scheduleNextCycle",
        (JavaDelegate)
            execution ->
                execution.setVariable(SuccessCycleProcess.NEXT_CYCLE_STARTS_AT, nextCycleStartsAt));
    Mocks.register("startNextCycle", startNextCycle);
  }

  ProcessInstance cycleStarted(boolean firstCycleOfYear) {
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(
            SuccessCycleProcess.KEY,
            ACCOUNT_ID,
            Map.of(
                SuccessCycleProcess.ACCOUNT_ID,
                ACCOUNT_ID,
                SuccessCycleProcess.CYCLE_ID,
                CYCLE_ID,
                SuccessCycleProcess.ACCOUNT_NAME,
                "Globex",
                SuccessCycleProcess.YEAR,
                2027,
                SuccessCycleProcess.QUARTER,
                1,
                SuccessCycleProcess.FIRST_CYCLE_OF_YEAR,
                firstCycleOfYear));
  }

  /** The vision agreed, the use cases identified, owned and planned: Build begins. */
  void envisioned(ProcessInstance cycle, String visionTask) {
    FormAnswers.complete(task(visionTask, cycle));
    FormAnswers.complete(task(TASK_IDENTIFY_USE_CASES, cycle));
    FormAnswers.complete(task(TASK_ASSIGN_OWNERS, cycle));
    FormAnswers.complete(task(TASK_PLAN_STAKEHOLDER_ENGAGEMENT, cycle));
  }

  /** The executions of the selected use cases still running, one each. */
  List<Task> executing() {
    return engine.getTaskService().createTaskQuery().taskDefinitionKey(STUB_EXECUTING).list();
  }

  void executionsEnded() {
    executing().forEach(task -> engine.getTaskService().complete(task.getId()));
  }
}
