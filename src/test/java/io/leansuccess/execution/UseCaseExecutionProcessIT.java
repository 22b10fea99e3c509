package io.leansuccess.execution;

import static io.leansuccess.execution.UseCaseExecutionProcess.END_OUTCOME_PROPOSED;
import static io.leansuccess.execution.UseCaseExecutionProcess.PROPOSED_OUTCOME;
import static io.leansuccess.execution.UseCaseExecutionProcess.TASK_READY_USE_CASE;
import static io.leansuccess.execution.UseCaseExecutionProcess.TIMER_EXECUTION_PERIOD_ENDS;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import io.leansuccess.account.Account;
import io.leansuccess.cycle.Cycle;
import io.leansuccess.cycle.CycleRepository;
import io.leansuccess.cycle.CycleService;
import io.leansuccess.cycle.ProcessTestSupport;
import io.leansuccess.decision.DecisionLog;
import io.leansuccess.support.FormAnswers;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import io.leansuccess.support.TestData;
import io.leansuccess.usecase.UseCase;
import io.leansuccess.usecase.UseCaseRepository;
import io.leansuccess.usecase.UseCaseStatus;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One use case's execution with the real services, up to the outcome the real rules propose; its
 * paths and timers on their own are {@code io.leansuccess.process.UseCaseExecutionProcessTest}'s.
 */
@LeanSuccessIntegrationTest
class UseCaseExecutionProcessIT {

  @Autowired ProcessEngine engine;
  @Autowired CycleService cycles;
  @Autowired CycleRepository cycleRepository;
  @Autowired UseCaseRepository useCases;
  @Autowired DecisionLog decisions;
  @Autowired TestData data;
  ProcessTestSupport process;
  Account account;
  Cycle cycle;

  @BeforeEach
  void aCycleUnderWay() {
    process = new ProcessTestSupport(engine);
    process.clockAt("2027-02-01T09:00:00Z");
    account = data.anAccount();
    cycle = cycles.start(account.id());
  }

  @AfterEach
  void realTime() {
    ProcessTestSupport.resetClock();
  }

  @Test
  void shouldProposeAdoptionWhenEveryKpiIsMetAndEndWithTheProposal() {
    UseCase useCase = data.aPlannedUseCase(account).create();
    ProcessInstance execution = startExecution(useCase);
    assertThat(execution)
        .variables()
        .containsEntry("useCaseTitle", useCase.title())
        .hasEntrySatisfying(
            "useCaseBrief",
            brief ->
                Assertions.assertThat((String) brief)
                    .contains(
                        "**Challenges and objectives:** Slow month-end close",
                        "- Weekly active users: 10 → 20 users"));

    FormAnswers.complete(task(TASK_READY_USE_CASE, execution));
    Assertions.assertThat(statusOf(useCase)).isEqualTo(UseCaseStatus.IN_EXECUTION);
    Assertions.assertThat(process.timer(execution, TIMER_EXECUTION_PERIOD_ENDS).getDuedate())
        .isEqualTo(Date.from(Instant.parse("2027-05-01T09:00:00Z")));
    data.measure(useCase.id(), "adoption", 22, Instant.parse("2027-04-20T00:00:00Z"));
    data.measure(useCase.id(), "savings", 100, Instant.parse("2027-04-20T00:00:00Z"));
    process.clockAt("2027-05-01T09:00:01Z");
    process.fire(execution, TIMER_EXECUTION_PERIOD_ENDS);

    // the CSM confirms it in the cycle's Revise (ReviseUseCasesIT); the execution ends with the
    // proposal
    assertThat(execution)
        .isEnded()
        .hasPassed(END_OUTCOME_PROPOSED)
        .variables()
        .containsEntry(PROPOSED_OUTCOME, "ADOPT");
    Assertions.assertThat(proposalOf(useCase)).isEqualTo("ADOPT");
    Assertions.assertThat(statusOf(useCase))
        .as("not adopted before the CSM confirms")
        .isEqualTo(UseCaseStatus.IN_EXECUTION);
    Assertions.assertThat(decisions.aboutSubject("USE_CASE", useCase.id()))
        .anySatisfy(
            decision -> {
              Assertions.assertThat(decision.outcome()).isEqualTo("ADOPT");
              Assertions.assertThat(decision.firedRules())
                  .contains("Adopt: every KPI met its target");
            });
  }

  @Test
  void shouldProposeIterationWhenMostKpisAreHalfWay() {
    UseCase useCase = data.aPlannedUseCase(account).create();
    ProcessInstance execution = runToProposal(useCase, 15, 60);

    assertThat(execution).variables().containsEntry(PROPOSED_OUTCOME, "ITERATE");
    Assertions.assertThat(proposalOf(useCase)).isEqualTo("ITERATE");
  }

  @Test
  void shouldProposeDiscardingWhenLittleProgressWasMade() {
    UseCase useCase = data.aPlannedUseCase(account).create();
    ProcessInstance execution = runToProposal(useCase, 11, 10);

    assertThat(execution).variables().containsEntry(PROPOSED_OUTCOME, "DISCARD");
    Assertions.assertThat(proposalOf(useCase)).isEqualTo("DISCARD");
  }

  @Test
  void shouldRunForTheUseCasesOwnDuration() {
    UseCase useCase = data.aPlannedUseCase(account).lasting("P2M").create();
    ProcessInstance execution = startExecution(useCase);
    FormAnswers.complete(task(TASK_READY_USE_CASE, execution));

    Assertions.assertThat(process.timer(execution, TIMER_EXECUTION_PERIOD_ENDS).getDuedate())
        .isEqualTo(Date.from(Instant.parse("2027-04-01T09:00:00Z")));
  }

  private ProcessInstance runToProposal(UseCase useCase, double adoption, double savings) {
    ProcessInstance execution = startExecution(useCase);
    FormAnswers.complete(task(TASK_READY_USE_CASE, execution));
    data.measure(useCase.id(), "adoption", adoption, Instant.parse("2027-04-20T00:00:00Z"));
    data.measure(useCase.id(), "savings", savings, Instant.parse("2027-04-20T00:00:00Z"));
    process.clockAt("2027-05-01T09:00:01Z");
    process.fire(execution, TIMER_EXECUTION_PERIOD_ENDS);
    assertThat(execution).isEnded().hasPassed(END_OUTCOME_PROPOSED);
    return execution;
  }

  private ProcessInstance startExecution(UseCase useCase) {
    cycleRepository.addUseCase(cycle.id(), useCase.id(), false, 1);
    useCases.setStatus(useCase.id(), UseCaseStatus.SELECTED, Instant.now());
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(
            UseCaseExecutionProcess.KEY,
            account.id(),
            Map.of(
                UseCaseExecutionProcess.ACCOUNT_ID,
                account.id(),
                UseCaseExecutionProcess.CYCLE_ID,
                cycle.id(),
                UseCaseExecutionProcess.USE_CASE_ID,
                useCase.id()));
  }

  private String proposalOf(UseCase useCase) {
    return cycleRepository.useCase(cycle.id(), useCase.id()).orElseThrow().proposedOutcome();
  }

  private UseCaseStatus statusOf(UseCase useCase) {
    return useCases.find(useCase.id()).orElseThrow().status();
  }
}
