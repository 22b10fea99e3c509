package io.leansuccess.engine;

import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.TASK;

import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.auth.AuthorizationCommandChecker;
import org.camunda.bpm.engine.impl.db.PermissionCheckBuilder;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * Camunda's authorization checks, but setting or deleting a process task's variables one by one
 * takes {@code UPDATE_VARIABLE} on the task or {@code UPDATE_TASK_VARIABLE} on its process
 * definition; Camunda also lets {@code UPDATE} do it, which everyone offered the task holds. A task
 * variable set so lands in the process (the success cycle's year, its account, its rules) unless
 * the task has its own. Completing the task with its form's answers stays the task workers' right.
 */
class TaskVariablesNeedVariableRights extends AuthorizationCommandChecker {

  @Override
  public void checkUpdateTaskVariable(TaskEntity task) {
    if (task.getExecutionId() == null) {
      super.checkUpdateTaskVariable(task);
      return;
    }
    getAuthorizationManager()
        .checkAuthorization(
            new PermissionCheckBuilder()
                .disjunctive()
                .atomicCheckForResourceId(TASK, task.getId(), TaskPermissions.UPDATE_VARIABLE)
                .atomicCheckForResourceId(
                    PROCESS_DEFINITION,
                    task.getExecution().getProcessDefinition().getKey(),
                    ProcessDefinitionPermissions.UPDATE_TASK_VARIABLE)
                .build());
  }
}
