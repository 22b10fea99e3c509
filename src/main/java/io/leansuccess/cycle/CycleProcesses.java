package io.leansuccess.cycle;

/** Starts the BPMN process that runs a cycle; the engine stays behind this port. */
public interface CycleProcesses {

  /**
   * @param accountName what the task forms show, as the caller already read it
   * @return the process instance id
   */
  String startCycle(Cycle cycle, String accountName, boolean firstCycleOfYear);
}
