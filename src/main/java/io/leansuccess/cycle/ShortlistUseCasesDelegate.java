package io.leansuccess.cycle;

import io.leansuccess.decision.EvaluatesDecision;
import io.leansuccess.usecase.UseCaseShortlisting;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ShortlistUseCases: the shortlisting rules judge the account's pipeline. */
@Component("shortlistUseCases")
public class ShortlistUseCasesDelegate implements JavaDelegate, EvaluatesDecision {

  private final UseCaseShortlisting shortlisting;

  public ShortlistUseCasesDelegate(UseCaseShortlisting shortlisting) {
    this.shortlisting = shortlisting;
  }

  @Override
  public void execute(DelegateExecution execution) {
    shortlisting.shortlist((String) execution.getVariable(SuccessCycleProcess.ACCOUNT_ID),
        (String) execution.getVariable(SuccessCycleProcess.CYCLE_ID));
  }

  @Override
  public String decisionName() {
    return UseCaseShortlisting.DECISION;
  }
}
