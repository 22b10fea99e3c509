package io.leansuccess.cycle;

/** Starts the BPMN process that runs a cycle; the engine stays behind this port. */
public interface CycleProcesses {

  /**
   * @return the process instance id
   */
  String startCycle(Cycle cycle, boolean firstCycleOfYear);
}
