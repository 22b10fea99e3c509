package io.leansuccess.getwell.process;

import io.leansuccess.account.Account;
import io.leansuccess.account.AccountRepository;
import io.leansuccess.getwell.GetWellPlan;
import io.leansuccess.getwell.GetWellPlanProcess;
import io.leansuccess.getwell.GetWellPlanProcesses;
import io.leansuccess.getwell.GetWellPlanStep;
import io.leansuccess.getwell.GetWellPlanTask;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * {@code GetWellPlanProcess} through Camunda's services, as the current user: started and closed by
 * message correlation, the account id as business key.
 */
@Component
class GetWellPlanProcessAdapter implements GetWellPlanProcesses {

  private static final Comparator<Task> OLDEST_FIRST =
      Comparator.comparing(Task::getCreateTime, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(Task::getId);

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final AccountRepository accounts;
  private final ProcessEngine engine;

  GetWellPlanProcessAdapter(
      RuntimeService runtime, TaskService tasks, AccountRepository accounts, ProcessEngine engine) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.accounts = accounts;
    this.engine = engine;
  }

  @Override
  public String start(GetWellPlan plan) {
    return start(plan, accounts.find(plan.accountId()).map(Account::name).orElse(""));
  }

  /**
   * One engine command for all: one job row a plan ({@link GetWellPlanStartJobs}), flushed as one
   * batch. The job is filed under the process and its start event, where Cockpit shows an incident
   * of a start that keeps failing.
   */
  @Override
  public void startLater(List<GetWellPlan> plans) {
    if (plans.isEmpty()) {
      return;
    }
    commands()
        .execute(
            context -> {
              ProcessDefinitionEntity definition =
                  context
                      .getProcessEngineConfiguration()
                      .getDeploymentCache()
                      .findDeployedLatestProcessDefinitionByKey(GetWellPlanProcess.KEY);
              for (GetWellPlan plan : plans) {
                MessageEntity job = new MessageEntity();
                job.setJobHandlerType(GetWellPlanStartJobs.TYPE);
                job.setJobHandlerConfigurationRaw(plan.id());
                job.setProcessDefinitionId(definition.getId());
                job.setProcessDefinitionKey(definition.getKey());
                job.setDeploymentId(definition.getDeploymentId());
                job.setActivityId(GetWellPlanProcess.START_ACCOUNT_AT_RISK);
                context.getJobManager().send(job);
              }
              return null;
            });
  }

  private CommandExecutor commands() {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired();
  }

  private String start(GetWellPlan plan, String accountName) {
    return runtime
        .createMessageCorrelation(GetWellPlanProcess.MESSAGE_ACCOUNT_AT_RISK)
        .processInstanceBusinessKey(plan.accountId())
        .setVariables(
            Variables.createVariables()
                .putValue(GetWellPlanProcess.ACCOUNT_ID, plan.accountId())
                .putValue(GetWellPlanProcess.ACCOUNT_NAME, accountName)
                .putValue(GetWellPlanProcess.PLAN_ID, plan.id())
                .putValue(GetWellPlanProcess.EVALUATION_ID, plan.evaluationId())
                // one line each, as Tasklist shows a text variable and the tasks' descriptions
                .putValue(GetWellPlanProcess.REASONS, String.join("\n", plan.reasons())))
        .correlateStartMessage()
        .getId();
  }

  /**
   * A plan whose start job has not run yet (a backlog after a first night) waits for no message: no
   * step was made, so it ends here, recovered (its end listener closes the plan).
   */
  @Override
  public void recovered(String processInstanceId, String evaluationId) {
    boolean heard =
        !runtime
            .createMessageCorrelation(GetWellPlanProcess.MESSAGE_ACCOUNT_RECOVERED)
            .processInstanceId(processInstanceId)
            .setVariable(GetWellPlanProcess.RECOVERY_EVALUATION_ID, evaluationId)
            .correlateAllWithResult()
            .isEmpty();
    if (heard || !startPending(processInstanceId)) {
      return;
    }
    runtime.setVariable(processInstanceId, GetWellPlanProcess.RECOVERY_EVALUATION_ID, evaluationId);
    runtime.deleteProcessInstance(
        processInstanceId, "The account recovered before its plan started");
  }

  private boolean startPending(String processInstanceId) {
    return runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0
        && runtime
            .getActiveActivityIds(processInstanceId)
            .contains(GetWellPlanProcess.START_ACCOUNT_AT_RISK);
  }

  @Override
  public Progress progress(String processInstanceId) {
    if (runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0) {
      return new Progress(null, List.of());
    }
    List<String> active = runtime.getActiveActivityIds(processInstanceId);
    List<GetWellPlanTask> open =
        tasks.createTaskQuery().processInstanceId(processInstanceId).unlimitedList().stream()
            .sorted(OLDEST_FIRST)
            .map(this::toPlanTask)
            .toList();
    return new Progress(step(active), open);
  }

  /** The main line's step; follow-ups and the sponsor's task run beside it. */
  private static GetWellPlanStep step(List<String> activeActivityIds) {
    if (activeActivityIds.contains(GetWellPlanProcess.START_ACCOUNT_AT_RISK)) {
      return GetWellPlanStep.STARTING;
    }
    if (activeActivityIds.contains(GetWellPlanProcess.TASK_DIAGNOSE)) {
      return GetWellPlanStep.DIAGNOSE;
    }
    if (activeActivityIds.contains(GetWellPlanProcess.TASK_AGREE_REMEDIATION)) {
      return GetWellPlanStep.AGREE_REMEDIATION;
    }
    if (activeActivityIds.contains(GetWellPlanProcess.TASK_WEEKLY_REVIEW)) {
      return GetWellPlanStep.WEEKLY_REVIEW;
    }
    if (activeActivityIds.contains(GetWellPlanProcess.TIMER_WEEKLY_REVIEW)) {
      return GetWellPlanStep.REMEDIATION;
    }
    return null;
  }

  private GetWellPlanTask toPlanTask(Task task) {
    List<String> groups =
        tasks.getIdentityLinksForTask(task.getId()).stream()
            .filter(
                link ->
                    IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
            .map(IdentityLink::getGroupId)
            .sorted()
            .toList();
    return new GetWellPlanTask(
        task.getId(),
        task.getName(),
        task.getTaskDefinitionKey(),
        instant(task.getCreateTime()),
        instant(task.getDueDate()),
        task.getAssignee(),
        groups);
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
