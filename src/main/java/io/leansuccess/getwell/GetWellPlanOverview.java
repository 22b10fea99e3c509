package io.leansuccess.getwell;

import java.util.List;

/** A plan with where its process stands: the step and the open tasks, oldest first. */
public record GetWellPlanOverview(
    GetWellPlan plan, GetWellPlanStep step, List<GetWellPlanTask> tasks) {

  public GetWellPlanOverview {
    tasks = List.copyOf(tasks);
  }
}
