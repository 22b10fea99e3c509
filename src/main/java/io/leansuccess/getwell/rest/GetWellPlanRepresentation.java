package io.leansuccess.getwell.rest;

import io.leansuccess.getwell.GetWellPlan;
import io.leansuccess.getwell.GetWellPlanOverview;
import io.leansuccess.getwell.GetWellPlanStep;
import io.leansuccess.getwell.GetWellPlanTask;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** A get-well plan as the API shows it: why it started, where it stands, what waits for whom. */
@Schema(name = "GetWellPlan")
public record GetWellPlanRepresentation(
    String id,
    String accountId,
    @Schema(description = "The health evaluation that escalated") String evaluationId,
    @Schema(description = "The factors and rule names that made the health rules escalate")
        List<String> reasons,
    String processInstanceId,
    Instant startedAt,
    @Schema(description = "Null while the plan is open") Instant closedAt,
    @Schema(
            description =
                "The health evaluation that found the account recovered; null while open or when the plan was cancelled")
        String recoveryEvaluationId,
    @Schema(
            description =
                "STARTING (its first step is made in a job of its own), DIAGNOSE, AGREE_REMEDIATION, REMEDIATION (until the next weekly review), WEEKLY_REVIEW or CLOSED; "
                    + "null when the plan's process is not visible to the user")
        GetWellPlanStep step,
    @Schema(
            description =
                "Open tasks of the plan, oldest first: the CSM's, follow-ups and the executive sponsor's")
        List<TaskRepresentation> tasks) {

  @Schema(name = "GetWellPlanTask")
  public record TaskRepresentation(
      String id,
      String name,
      String taskDefinitionKey,
      Instant createdAt,
      Instant due,
      String assignee,
      List<String> candidateGroups) {

    static TaskRepresentation from(GetWellPlanTask task) {
      return new TaskRepresentation(
          task.id(),
          task.name(),
          task.taskDefinitionKey(),
          task.createdAt(),
          task.due(),
          task.assignee(),
          task.candidateGroups());
    }
  }

  static GetWellPlanRepresentation from(GetWellPlanOverview overview) {
    GetWellPlan plan = overview.plan();
    return new GetWellPlanRepresentation(
        plan.id(),
        plan.accountId(),
        plan.evaluationId(),
        plan.reasons(),
        plan.processInstanceId(),
        plan.startedAt(),
        plan.closedAt(),
        plan.recoveryEvaluationId(),
        overview.step(),
        overview.tasks().stream().map(TaskRepresentation::from).toList());
  }
}
