package io.leansuccess.cycle;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** Starts {@code SuccessCycleProcess} with the account id as business key. */
@Component
class CycleProcessAdapter implements CycleProcesses {

  private final RuntimeService runtime;

  CycleProcessAdapter(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @Override
  public String startCycle(Cycle cycle, boolean firstCycleOfYear) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(SuccessCycleProcess.ACCOUNT_ID, cycle.accountId());
    variables.put(SuccessCycleProcess.CYCLE_ID, cycle.id());
    variables.put(SuccessCycleProcess.YEAR, cycle.quarter().year());
    variables.put(SuccessCycleProcess.QUARTER, cycle.quarter().quarter());
    variables.put(SuccessCycleProcess.FIRST_CYCLE_OF_YEAR, firstCycleOfYear);
    return runtime.startProcessInstanceByKey(SuccessCycleProcess.KEY, cycle.accountId(), variables)
        .getProcessInstanceId();
  }
}
