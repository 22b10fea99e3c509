package io.leansuccess.cycle;

import java.util.List;

/** Reads the open tasks of a cycle from the engine; the engine stays behind this port. */
public interface CycleTasks {

  /** The open tasks of the cycle's process and of its use-case executions, oldest first. */
  List<CycleTask> openTasks(Cycle cycle);
}
