package io.leansuccess.execution.process;

import io.leansuccess.cycle.SuccessCycleProcess;
import io.leansuccess.execution.UseCaseOutcomes;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * EndEvent_UseCaseAdopted: the success story was shared, which the maturity rules count (social
 * proof).
 */
@Component("recordStoryShared")
public class RecordStorySharedListener implements ExecutionListener {

  private final UseCaseOutcomes outcomes;

  public RecordStorySharedListener(UseCaseOutcomes outcomes) {
    this.outcomes = outcomes;
  }

  @Override
  public void notify(DelegateExecution execution) {
    outcomes.successStoryShared((String) execution.getVariable(SuccessCycleProcess.USE_CASE_ID));
  }
}
