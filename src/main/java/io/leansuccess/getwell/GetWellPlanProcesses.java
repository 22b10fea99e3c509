package io.leansuccess.getwell;

import java.util.List;
import java.util.Map;

/** Runs get-well plans as {@code GetWellPlanProcess}; the engine stays behind this port. */
public interface GetWellPlanProcesses {

  /** Starts the plan's process (message {@code AccountAtRisk}). @return the process instance id */
  String start(GetWellPlan plan);

  /**
   * Starts the plans' processes at once, their rows written in one flush. @return the process
   * instance id of each plan, by plan id
   */
  Map<String, String> startAll(List<GetWellPlan> plans);

  /**
   * Tells the plan's process the account recovered (message {@code AccountRecovered}); nothing when
   * it waits for no such message.
   */
  void recovered(String processInstanceId, String evaluationId);

  /** Where a running plan stands, as far as the requesting user may see. */
  Progress progress(String processInstanceId);

  record Progress(GetWellPlanStep step, List<GetWellPlanTask> tasks) {}
}
