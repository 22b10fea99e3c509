package io.leansuccess.maturity;

import io.leansuccess.cycle.SuccessCycleProcess;
import io.leansuccess.engine.EvaluatesDecision;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ApplyMaturityTransitions} of the success cycle. The job may run more than once;
 * the service applies a cycle to a segment once.
 */
@Component("applyMaturityTransitions")
public class ApplyMaturityTransitionsDelegate implements JavaDelegate, EvaluatesDecision {

  private final MaturityService maturity;

  public ApplyMaturityTransitionsDelegate(MaturityService maturity) {
    this.maturity = maturity;
  }

  @Override
  public void execute(DelegateExecution execution) {
    maturity.applyTransitions(
        (String) execution.getVariable(SuccessCycleProcess.ACCOUNT_ID),
        (String) execution.getVariable(SuccessCycleProcess.CYCLE_ID));
  }

  @Override
  public String decisionName() {
    return MaturityService.DECISION;
  }
}
