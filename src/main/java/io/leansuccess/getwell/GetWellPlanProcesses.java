package io.leansuccess.getwell;

import java.util.List;

/** Runs get-well plans as {@code GetWellPlanProcess}; the engine stays behind this port. */
public interface GetWellPlanProcesses {

  /** Starts the plan's process (message {@code AccountAtRisk}). @return the process instance id */
  String start(GetWellPlan plan);

  /**
   * Leaves each plan's start to a job of its own, run after the caller's transaction committed (on
   * any node): one job row a plan, written in the caller's transaction, so a plan and its start job
   * commit together or neither does. The job calls {@link GetWellPlanService#start(String)}.
   */
  void startLater(List<GetWellPlan> plans);

  /**
   * Tells the plan's process the account recovered (message {@code AccountRecovered}); nothing when
   * it waits for no such message.
   */
  void recovered(String processInstanceId, String evaluationId);

  /** Where a running plan stands, as far as the requesting user may see. */
  Progress progress(String processInstanceId);

  record Progress(GetWellPlanStep step, List<GetWellPlanTask> tasks) {}
}
