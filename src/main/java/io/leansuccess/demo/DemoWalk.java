package io.leansuccess.demo;

import io.leansuccess.execution.UseCaseExecutionProcess;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Moves demo accounts through the real processes as a CSM would in Tasklist: claim, complete. Time
 * is the one thing it fakes, and only for the moment it fires a timer.
 */
@Component
@ConditionalOnProperty(prefix = "lean-success.demo", name = "enabled", havingValue = "true")
class DemoWalk {

  static final String CSM = "demo.csm";

  /**
   * What demo.csm types into the forms the walk completes; the server holds every form's rules. The
   * vision forms are prefilled with the account's stored vision.
   */
  private static final Map<String, Map<String, Object>> ANSWERS =
      Map.of(
          "Task_IdentifyUseCases", Map.of("pipelineReady", true),
          "Task_AssignOwners", Map.of("ownersConfirmed", true),
          "Task_PlanStakeholderEngagement",
              Map.of("stakeholderPlan", "Monthly steering with the sponsor; a champion per team"),
          "Task_ReadyUseCase",
              Map.of("ownerConfirmed", true, "templateComplete", true, "usersTrained", true),
          "Task_ShareSuccessStory",
              Map.of(
                  "storyLink",
                  "https://community.example/stories/month-end-close",
                  "storyShareScope",
                  "ANONYMISED"),
          "Task_EvaluateProgress",
              Map.of(
                  "progressRating",
                  "ON_TRACK",
                  "progressAssessment",
                  "The close moved into the product; the vision is within reach"),
          "Task_ReviewSuccessPlan", Map.of("planReviewed", true),
          "Task_SendSuccessPlan", Map.of("sentTo", "gavin@demo-hooli.example"));

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final ManagementService management;

  DemoWalk(TaskService tasks, RuntimeService runtime, ManagementService management) {
    this.tasks = tasks;
    this.runtime = runtime;
    this.management = management;
  }

  /** Completes every open task of this kind for the account (cycle and use-case tasks alike). */
  void completeAll(String accountId, String taskKey) {
    List<Task> open = openTasks(accountId, taskKey);
    if (open.isEmpty()) {
      throw new IllegalStateException(
          "Demo data: no open " + taskKey + " for account " + accountId);
    }
    for (Task task : open) {
      tasks.claim(task.getId(), CSM);
      tasks.complete(task.getId(), ANSWERS.getOrDefault(taskKey, Map.of()));
    }
  }

  /**
   * Fires the end of every execution period of the account's use cases: the engine's clock moves to
   * the timer's due date for that call only and is then set back, so the rest of the demo (due
   * dates, escalations) runs in real time.
   */
  void endExecutionPeriods(String accountId) {
    List<String> executions =
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey(UseCaseExecutionProcess.KEY)
            .variableValueEquals(UseCaseExecutionProcess.ACCOUNT_ID, accountId)
            .unlimitedList()
            .stream()
            .map(instance -> instance.getId())
            .toList();
    for (String execution : executions) {
      Job timer =
          management
              .createJobQuery()
              .processInstanceId(execution)
              .activityId(UseCaseExecutionProcess.TIMER_EXECUTION_PERIOD_ENDS)
              .singleResult();
      if (timer == null) {
        throw new IllegalStateException(
            "Demo data: use-case execution " + execution + " has no period timer");
      }
      try {
        ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 1000));
        management.executeJob(timer.getId());
      } finally {
        ClockUtil.reset();
      }
    }
  }

  private List<Task> openTasks(String accountId, String taskKey) {
    return tasks
        .createTaskQuery()
        .processVariableValueEquals(UseCaseExecutionProcess.ACCOUNT_ID, accountId)
        .taskDefinitionKey(taskKey)
        .unlimitedList();
  }
}
