package io.leansuccess.cycle.process;

import io.leansuccess.cycle.Cycle;
import io.leansuccess.cycle.CycleProcesses;
import io.leansuccess.cycle.SuccessCycleProcess;
import io.leansuccess.cycle.VisionRepository;
import io.leansuccess.shared.process.ProductCalls;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Starts {@code SuccessCycleProcess} with the account id as business key, as a product call: no
 * user holds the grant to start it past CycleService's rules.
 */
@Component
class CycleProcessAdapter implements CycleProcesses {

  private final RuntimeService runtime;
  private final VisionRepository visions;
  private final ProductCalls productCalls;

  CycleProcessAdapter(RuntimeService runtime, VisionRepository visions, ProductCalls productCalls) {
    this.runtime = runtime;
    this.visions = visions;
    this.productCalls = productCalls;
  }

  @Override
  public String startCycle(Cycle cycle, String accountName, boolean firstCycleOfYear) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(SuccessCycleProcess.ACCOUNT_ID, cycle.accountId());
    variables.put(SuccessCycleProcess.CYCLE_ID, cycle.id());
    variables.put(SuccessCycleProcess.YEAR, cycle.quarter().year());
    variables.put(SuccessCycleProcess.QUARTER, cycle.quarter().quarter());
    variables.put(SuccessCycleProcess.FIRST_CYCLE_OF_YEAR, firstCycleOfYear);
    // what the task forms show; the vision is prefilled for confirming it
    variables.put(SuccessCycleProcess.ACCOUNT_NAME, accountName);
    visions
        .find(cycle.accountId(), cycle.quarter().year())
        .ifPresent(
            vision -> {
              variables.put(RecordVisionListener.STATEMENT, vision.statement());
              variables.put(
                  RecordVisionListener.OBJECTIVES,
                  RecordVisionListener.format(vision.objectives()));
            });
    return productCalls.run(
        () ->
            runtime
                .startProcessInstanceByKey(SuccessCycleProcess.KEY, cycle.accountId(), variables)
                .getProcessInstanceId());
  }
}
