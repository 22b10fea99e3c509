package io.leansuccess.usecase.process;

import io.leansuccess.decision.EvaluatesDecision;
import io.leansuccess.usecase.UseCaseShortlisting;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_ShortlistUseCases of the success cycle: the shortlisting rules judge the account's pipeline.
 * It reads the cycle's process variables by name, so use cases do not depend on cycles.
 */
@Component("shortlistUseCases")
public class ShortlistUseCasesDelegate implements JavaDelegate, EvaluatesDecision {

  static final String ACCOUNT_ID = "accountId";
  static final String CYCLE_ID = "cycleId";

  private final UseCaseShortlisting shortlisting;

  public ShortlistUseCasesDelegate(UseCaseShortlisting shortlisting) {
    this.shortlisting = shortlisting;
  }

  @Override
  public void execute(DelegateExecution execution) {
    shortlisting.shortlist(
        (String) execution.getVariable(ACCOUNT_ID), (String) execution.getVariable(CYCLE_ID));
  }

  @Override
  public String decisionName() {
    return UseCaseShortlisting.DECISION;
  }
}
