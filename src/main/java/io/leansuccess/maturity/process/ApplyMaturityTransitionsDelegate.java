package io.leansuccess.maturity.process;

import io.leansuccess.decision.EvaluatesDecision;
import io.leansuccess.maturity.MaturityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ApplyMaturityTransitions} of the success cycle. The job may run more than once; the
 * service applies a cycle to a segment once. It reads the cycle's process variables by name, so
 * maturity does not depend on the cycle that calls it.
 */
@Component("applyMaturityTransitions")
public class ApplyMaturityTransitionsDelegate implements JavaDelegate, EvaluatesDecision {

  static final String ACCOUNT_ID = "accountId";
  static final String CYCLE_ID = "cycleId";

  private final MaturityService maturity;

  public ApplyMaturityTransitionsDelegate(MaturityService maturity) {
    this.maturity = maturity;
  }

  @Override
  public void execute(DelegateExecution execution) {
    maturity.applyTransitions(
        (String) execution.getVariable(ACCOUNT_ID), (String) execution.getVariable(CYCLE_ID));
  }

  @Override
  public String decisionName() {
    return MaturityService.DECISION;
  }
}
