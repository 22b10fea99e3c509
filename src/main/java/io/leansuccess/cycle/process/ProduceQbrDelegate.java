package io.leansuccess.cycle.process;

import io.leansuccess.cycle.QbrService;
import io.leansuccess.cycle.SuccessCycleProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ProduceQbr: the quarterly business review is kept as it stands at the end of Measure. */
@Component("produceQbr")
public class ProduceQbrDelegate implements JavaDelegate {

  private final QbrService qbrs;

  public ProduceQbrDelegate(QbrService qbrs) {
    this.qbrs = qbrs;
  }

  @Override
  public void execute(DelegateExecution execution) {
    qbrs.produce((String) execution.getVariable(SuccessCycleProcess.CYCLE_ID));
  }
}
