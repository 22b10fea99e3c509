package io.leansuccess.cycle;

import io.leansuccess.usecase.Outcome;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordOutcome: the confirmed (or overridden, with its reason) outcome is applied to the use case. */
@Component("recordUseCaseOutcome")
public class RecordUseCaseOutcomeDelegate implements JavaDelegate {

  private final UseCaseOutcomes outcomes;

  public RecordUseCaseOutcomeDelegate(UseCaseOutcomes outcomes) {
    this.outcomes = outcomes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Outcome outcome = outcomes.confirm(
        (String) execution.getVariable(UseCaseExecutionProcess.CYCLE_ID),
        (String) execution.getVariable(UseCaseExecutionProcess.USE_CASE_ID),
        Outcome.valueOf((String) execution.getVariable(UseCaseExecutionProcess.OUTCOME)),
        (String) execution.getVariable(UseCaseExecutionProcess.OVERRIDE_REASON),
        (String) execution.getVariable(UseCaseExecutionProcess.OUTCOME_DECIDED_BY));
    execution.setVariable(UseCaseExecutionProcess.OUTCOME, outcome.name());
  }
}
