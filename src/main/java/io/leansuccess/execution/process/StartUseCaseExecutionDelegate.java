package io.leansuccess.execution.process;

import io.leansuccess.execution.UseCaseExecutionProcess;
import io.leansuccess.execution.UseCaseOutcomes;
import io.leansuccess.usecase.UseCaseRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_StartExecution: the use case is in execution for its own duration (P3M unless set
 * otherwise).
 */
@Component("startUseCaseExecution")
public class StartUseCaseExecutionDelegate implements JavaDelegate {

  private final UseCaseOutcomes outcomes;
  private final UseCaseRepository useCases;

  public StartUseCaseExecutionDelegate(UseCaseOutcomes outcomes, UseCaseRepository useCases) {
    this.outcomes = outcomes;
    this.useCases = useCases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String useCaseId = (String) execution.getVariable(UseCaseExecutionProcess.USE_CASE_ID);
    outcomes.startExecution(useCaseId);
    String duration = useCases.executionDuration(useCaseId).orElseThrow();
    execution.setVariable(UseCaseExecutionProcess.EXECUTION_DURATION, duration);
  }
}
