package io.leansuccess.cycle.process;

import io.leansuccess.cycle.CycleService;
import io.leansuccess.cycle.CycleStage;
import io.leansuccess.cycle.SuccessCycleProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Keeps the cycle's stage in step with the diagram: the BPMN calls {@code
 * ${cycleStages.enter(execution, 'BUILD')}} where a stage begins.
 */
@Component("cycleStages")
public class CycleStagesListener {

  private final CycleService cycles;

  public CycleStagesListener(CycleService cycles) {
    this.cycles = cycles;
  }

  public void enter(DelegateExecution execution, String stage) {
    cycles.enterStage(
        (String) execution.getVariable(SuccessCycleProcess.CYCLE_ID), CycleStage.valueOf(stage));
  }
}
