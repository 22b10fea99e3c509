package io.leansuccess.cycle.process;

import io.leansuccess.cycle.CycleService;
import io.leansuccess.cycle.SuccessCycleProcess;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ScheduleNextCycle: Timer_NextQuarter waits until the next quarter begins. */
@Component("scheduleNextCycle")
public class ScheduleNextCycleDelegate implements JavaDelegate {

  private final CycleService cycles;

  public ScheduleNextCycleDelegate(CycleService cycles) {
    this.cycles = cycles;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var startsAt =
        cycles.scheduleNext((String) execution.getVariable(SuccessCycleProcess.CYCLE_ID));
    execution.setVariable(SuccessCycleProcess.NEXT_CYCLE_STARTS_AT, Date.from(startsAt));
  }
}
