package io.leansuccess.execution.process;

import io.leansuccess.cycle.SuccessCycleProcess;
import io.leansuccess.execution.UseCaseOutcomes;
import io.leansuccess.usecase.Outcome;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RecordOutcome: the confirmed (or overridden, with its reason) outcome is applied to the use
 * case.
 */
@Component("recordUseCaseOutcome")
public class RecordUseCaseOutcomeDelegate implements JavaDelegate {

  private final UseCaseOutcomes outcomes;

  public RecordUseCaseOutcomeDelegate(UseCaseOutcomes outcomes) {
    this.outcomes = outcomes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Outcome outcome =
        outcomes.confirm(
            (String) execution.getVariable(SuccessCycleProcess.CYCLE_ID),
            (String) execution.getVariable(SuccessCycleProcess.USE_CASE_ID),
            Outcome.valueOf((String) execution.getVariable(SuccessCycleProcess.OUTCOME)),
            (String) execution.getVariable(SuccessCycleProcess.OVERRIDE_REASON),
            (String) execution.getVariable(SuccessCycleProcess.OUTCOME_DECIDED_BY));
    execution.setVariable(SuccessCycleProcess.OUTCOME, outcome.name());
  }
}
