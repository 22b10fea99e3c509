package io.leansuccess.cycle.process;

import io.leansuccess.cycle.CycleService;
import io.leansuccess.cycle.SuccessCycleProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_StartNextCycle: this cycle closes and the next quarter's starts, iterating use cases carried
 * over.
 */
@Component("startNextCycle")
public class StartNextCycleDelegate implements JavaDelegate {

  private final CycleService cycles;

  public StartNextCycleDelegate(CycleService cycles) {
    this.cycles = cycles;
  }

  @Override
  public void execute(DelegateExecution execution) {
    cycles.startNext((String) execution.getVariable(SuccessCycleProcess.CYCLE_ID));
  }
}
