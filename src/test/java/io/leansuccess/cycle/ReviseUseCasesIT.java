package io.leansuccess.cycle;

import static io.leansuccess.cycle.SuccessCycleProcess.END_ADOPTED;
import static io.leansuccess.cycle.SuccessCycleProcess.END_ITERATING;
import static io.leansuccess.cycle.SuccessCycleProcess.OUTCOME;
import static io.leansuccess.cycle.SuccessCycleProcess.OUTCOME_DECIDED_BY;
import static io.leansuccess.cycle.SuccessCycleProcess.OVERRIDE_REASON;
import static io.leansuccess.cycle.SuccessCycleProcess.PROPOSAL_RULES;
import static io.leansuccess.cycle.SuccessCycleProcess.PROPOSED_OUTCOME;
import static io.leansuccess.cycle.SuccessCycleProcess.STORY_LINK;
import static io.leansuccess.cycle.SuccessCycleProcess.TASK_ASSIGN_OWNERS;
import static io.leansuccess.cycle.SuccessCycleProcess.TASK_CONFIRM_OUTCOME;
import static io.leansuccess.cycle.SuccessCycleProcess.TASK_EVALUATE_PROGRESS;
import static io.leansuccess.cycle.SuccessCycleProcess.TASK_IDENTIFY_USE_CASES;
import static io.leansuccess.cycle.SuccessCycleProcess.TASK_PLAN_STAKEHOLDER_ENGAGEMENT;
import static io.leansuccess.cycle.SuccessCycleProcess.TASK_REVISE_PLAN;
import static io.leansuccess.cycle.SuccessCycleProcess.TASK_SET_VISION;
import static io.leansuccess.cycle.SuccessCycleProcess.TASK_SHARE_SUCCESS_STORY;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.leansuccess.account.Account;
import io.leansuccess.execution.UseCaseExecutionProcess;
import io.leansuccess.support.FormAnswers;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import io.leansuccess.support.TestData;
import io.leansuccess.usecase.UseCase;
import io.leansuccess.usecase.UseCaseRepository;
import io.leansuccess.usecase.UseCaseStatus;
import java.time.Instant;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The cycle's Revise: after the CSM evaluated progress (Measure), one SubProcess_ReviseUseCases
 * instance per selected use case confirms or overrides the outcome the rules proposed when its
 * execution ended, side by side, each with its own proposal and answers.
 */
@LeanSuccessIntegrationTest
class ReviseUseCasesIT {

  @Autowired ProcessEngine engine;
  @Autowired CycleService cycles;
  @Autowired CycleRepository cycleRepository;
  @Autowired UseCaseRepository useCases;
  @Autowired TestData data;
  @Autowired JdbcClient jdbc;
  ProcessTestSupport process;
  Account account;

  @BeforeEach
  void engineAtHand() {
    process = new ProcessTestSupport(engine);
    process.clockAt("2027-02-01T09:00:00Z");
    account = data.anAccount();
  }

  @AfterEach
  void realTime() {
    ProcessTestSupport.resetClock();
  }

  @Test
  void shouldConfirmAdoptionInReviseAndShareTheStory() {
    UseCase useCase = data.aPlannedUseCase(account).create();
    Cycle cycle = cycles.start(account.id());
    ProcessInstance instance = process.cycleProcess(cycle.id());
    runToRevise(instance, Map.of(useCase, new double[] {22, 100}));

    Assertions.assertThat(stageOf(cycle)).isEqualTo(CycleStage.REVISE);
    Task confirm = task(TASK_CONFIRM_OUTCOME, instance);
    Assertions.assertThat(engine.getTaskService().getVariables(confirm.getId()))
        .containsEntry(PROPOSED_OUTCOME, "ADOPT")
        .containsEntry(OUTCOME, "ADOPT")
        .containsEntry("useCaseTitle", useCase.title())
        .hasEntrySatisfying(
            PROPOSAL_RULES,
            rules ->
                Assertions.assertThat((String) rules).contains("Adopt: every KPI met its target"));
    FormAnswers.complete(confirm);

    assertThat(instance).isWaitingAt(TASK_SHARE_SUCCESS_STORY);
    Assertions.assertThat(statusOf(useCase)).isEqualTo(UseCaseStatus.ADOPTED);
    FormAnswers.complete(task(TASK_SHARE_SUCCESS_STORY, instance));

    assertThat(instance).hasPassed(END_ADOPTED).isWaitingAt(TASK_REVISE_PLAN);
    Assertions.assertThat(
            jdbc.sql("select success_story_shared_at from ls_use_case where id = ?")
                .param(useCase.id())
                .query(java.sql.Timestamp.class)
                .single())
        .as("the story counts for Advocacy")
        .isNotNull();
    Assertions.assertThat(stageOf(cycle)).isEqualTo(CycleStage.REVISE);
  }

  @Test
  void shouldKeepEachUseCasesProposalAndAnswersApartWhenConfirmedSideBySide() {
    UseCase adopted = data.aPlannedUseCase(account).create();
    UseCase overridden = data.aPlannedUseCase(account).create();
    Cycle cycle = cycles.start(account.id());
    ProcessInstance instance = process.cycleProcess(cycle.id());
    runToRevise(
        instance, Map.of(adopted, new double[] {22, 100}, overridden, new double[] {11, 10}));

    Task adoptedTask = confirmTaskOf(instance, adopted);
    Task overriddenTask = confirmTaskOf(instance, overridden);
    Assertions.assertThat(
            (String)
                engine
                    .getRuntimeService()
                    .getVariable(instance.getId(), SuccessCycleProcess.SELECTED_USE_CASES_SUMMARY))
        .as("the selection's summary names both use cases in their slots")
        .startsWith("1. ")
        .contains("\n2. ")
        .contains(adopted.title() + " (" + adopted.id() + ")")
        .contains(overridden.title() + " (" + overridden.id() + ")");
    Assertions.assertThat(engine.getTaskService().getVariable(adoptedTask.getId(), "useCaseTitle"))
        .isEqualTo(adopted.title());
    Assertions.assertThat(
            engine.getTaskService().getVariable(overriddenTask.getId(), "useCaseTitle"))
        .isEqualTo(overridden.title());
    Assertions.assertThat(
            engine.getTaskService().getVariable(adoptedTask.getId(), PROPOSED_OUTCOME))
        .isEqualTo("ADOPT");
    Assertions.assertThat(
            engine.getTaskService().getVariable(overriddenTask.getId(), PROPOSED_OUTCOME))
        .isEqualTo("DISCARD");

    // as Tasklist submits a Camunda Form: POST /task/{id}/submit-form
    engine
        .getFormService()
        .submitTaskForm(
            overriddenTask.getId(),
            Map.of(
                OUTCOME,
                "ITERATE",
                OVERRIDE_REASON,
                "Champion changed team; new one starts in May"));
    Assertions.assertThat(engine.getRuntimeService().getVariablesLocal(instance.getId()))
        .as("the answers stay with their use case's instance")
        .doesNotContainKeys(
            OUTCOME, OVERRIDE_REASON, OUTCOME_DECIDED_BY, PROPOSED_OUTCOME, STORY_LINK);
    Assertions.assertThat(engine.getTaskService().getVariables(adoptedTask.getId()))
        .containsEntry(OUTCOME, "ADOPT")
        .containsEntry(OVERRIDE_REASON, null);
    engine.getFormService().submitTaskForm(adoptedTask.getId(), Map.of());
    FormAnswers.complete(task(TASK_SHARE_SUCCESS_STORY, instance));

    assertThat(instance).hasPassed(END_ADOPTED, END_ITERATING).isWaitingAt(TASK_REVISE_PLAN);
    CycleUseCase iterating = cycleRepository.useCase(cycle.id(), overridden.id()).orElseThrow();
    Assertions.assertThat(iterating.proposedOutcome()).isEqualTo("DISCARD");
    Assertions.assertThat(iterating.outcome()).isEqualTo("ITERATE");
    Assertions.assertThat(iterating.overrideReason())
        .isEqualTo("Champion changed team; new one starts in May");
    CycleUseCase confirmed = cycleRepository.useCase(cycle.id(), adopted.id()).orElseThrow();
    Assertions.assertThat(confirmed.outcome()).isEqualTo("ADOPT");
    Assertions.assertThat(confirmed.overrideReason()).isNull();
    Assertions.assertThat(statusOf(overridden)).isEqualTo(UseCaseStatus.ITERATING);
    Assertions.assertThat(statusOf(adopted)).isEqualTo(UseCaseStatus.ADOPTED);
  }

  @Test
  void shouldRefuseAnOverrideWithoutAReasonAndRecordOneWithIt() {
    UseCase useCase = data.aPlannedUseCase(account).create();
    Cycle cycle = cycles.start(account.id());
    ProcessInstance instance = process.cycleProcess(cycle.id());
    runToRevise(instance, Map.of(useCase, new double[] {11, 10}));

    Assertions.assertThatThrownBy(
            () -> complete(task(TASK_CONFIRM_OUTCOME, instance), withVariables(OUTCOME, "ITERATE")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessage(
            "Invalid value submitted for form field 'overrideReason': validation of required failed.");
    assertThat(instance).isWaitingAt(TASK_CONFIRM_OUTCOME);

    complete(
        task(TASK_CONFIRM_OUTCOME, instance),
        withVariables(
            OUTCOME, "ITERATE", OVERRIDE_REASON, "Champion changed team; new one starts in May"));

    assertThat(instance).hasPassed(END_ITERATING).isWaitingAt(TASK_REVISE_PLAN);
    CycleUseCase recorded = cycleRepository.useCase(cycle.id(), useCase.id()).orElseThrow();
    Assertions.assertThat(recorded.outcome()).isEqualTo("ITERATE");
    Assertions.assertThat(recorded.overrideReason())
        .isEqualTo("Champion changed team; new one starts in May");
  }

  @Test
  void shouldStayInBuildWhileALongerUseCaseStillExecutesAndMeasureOnceAllHaveTheirProposal() {
    UseCase shorter = data.aPlannedUseCase(account).lasting("P2M").create();
    UseCase longer = data.aPlannedUseCase(account).create();
    Cycle cycle = cycles.start(account.id());
    ProcessInstance instance = process.cycleProcess(cycle.id());
    envision(instance);
    FormAnswers.complete(
        task(UseCaseExecutionProcess.TASK_READY_USE_CASE, process.execution(shorter.id())));
    FormAnswers.complete(
        task(UseCaseExecutionProcess.TASK_READY_USE_CASE, process.execution(longer.id())));

    ProcessInstance shorterExecution = process.execution(shorter.id());
    process.clockAt("2027-04-01T09:00:01Z");
    process.fire(shorterExecution, UseCaseExecutionProcess.TIMER_EXECUTION_PERIOD_ENDS);
    assertThat(shorterExecution).isEnded().hasPassed(UseCaseExecutionProcess.END_OUTCOME_PROPOSED);
    Assertions.assertThat(stageOf(cycle))
        .as("the longer use case still executes")
        .isEqualTo(CycleStage.BUILD);
    assertThat(instance).isWaitingAt(SuccessCycleProcess.CALL_EXECUTE_USE_CASES);

    process.clockAt("2027-05-01T09:00:01Z");
    process.fire(
        process.execution(longer.id()), UseCaseExecutionProcess.TIMER_EXECUTION_PERIOD_ENDS);
    assertThat(instance).isWaitingAt(TASK_EVALUATE_PROGRESS);
    Assertions.assertThat(stageOf(cycle)).isEqualTo(CycleStage.MEASURE);
  }

  private void envision(ProcessInstance instance) {
    FormAnswers.complete(task(TASK_SET_VISION, instance));
    FormAnswers.complete(task(TASK_IDENTIFY_USE_CASES, instance));
    FormAnswers.complete(task(TASK_ASSIGN_OWNERS, instance));
    FormAnswers.complete(task(TASK_PLAN_STAKEHOLDER_ENGAGEMENT, instance));
  }

  /**
   * Envision, each use case executed to its proposal with these adoption and savings values, then
   * Measure.
   */
  private void runToRevise(ProcessInstance instance, Map<UseCase, double[]> values) {
    envision(instance);
    values.forEach(
        (useCase, measured) -> {
          FormAnswers.complete(
              task(UseCaseExecutionProcess.TASK_READY_USE_CASE, process.execution(useCase.id())));
          data.measure(
              useCase.id(), "adoption", measured[0], Instant.parse("2027-04-20T00:00:00Z"));
          data.measure(useCase.id(), "savings", measured[1], Instant.parse("2027-04-20T00:00:00Z"));
        });
    process.clockAt("2027-05-01T09:00:01Z");
    for (UseCase useCase : values.keySet()) {
      ProcessInstance execution = process.execution(useCase.id());
      process.fire(execution, UseCaseExecutionProcess.TIMER_EXECUTION_PERIOD_ENDS);
      assertThat(execution).isEnded();
    }
    assertThat(instance).isWaitingAt(TASK_EVALUATE_PROGRESS);
    Assertions.assertThat(stageOf(cycles.current(account.id()).orElseThrow()))
        .isEqualTo(CycleStage.MEASURE);
    FormAnswers.complete(task(TASK_EVALUATE_PROGRESS, instance));
  }

  private Task confirmTaskOf(ProcessInstance instance, UseCase useCase) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceId(instance.getId())
        .taskDefinitionKey(TASK_CONFIRM_OUTCOME)
        .list()
        .stream()
        .filter(
            task ->
                useCase.id().equals(engine.getTaskService().getVariable(task.getId(), "useCaseId")))
        .findFirst()
        .orElseThrow();
  }

  private CycleStage stageOf(Cycle cycle) {
    return cycleRepository.find(cycle.id()).orElseThrow().stage();
  }

  private UseCaseStatus statusOf(UseCase useCase) {
    return useCases.find(useCase.id()).orElseThrow().status();
  }
}
