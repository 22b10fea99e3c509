package io.leansuccess.cycle.process;

import io.leansuccess.cycle.Cycle;
import io.leansuccess.cycle.CycleTask;
import io.leansuccess.cycle.CycleTasks;
import io.leansuccess.cycle.SuccessCycleProcess;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The open tasks of a cycle through Camunda's {@link TaskService}: those of the cycle's process
 * instance, and those of the use-case executions it called, which carry the cycle id as a variable.
 * The queries run as the requesting user, so Camunda's task authorizations decide what is listed.
 */
@Component
class CycleTaskAdapter implements CycleTasks {

  private static final Comparator<Task> OLDEST_FIRST =
      Comparator.comparing(Task::getCreateTime, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(Task::getId);

  private final TaskService tasks;

  CycleTaskAdapter(TaskService tasks) {
    this.tasks = tasks;
  }

  @Override
  public List<CycleTask> openTasks(Cycle cycle) {
    Map<String, Task> open = new LinkedHashMap<>();
    if (cycle.processInstanceId() != null) {
      tasks
          .createTaskQuery()
          .processInstanceId(cycle.processInstanceId())
          .unlimitedList()
          .forEach(task -> open.put(task.getId(), task));
    }
    tasks
        .createTaskQuery()
        .processDefinitionKey(SuccessCycleProcess.CALLED_USE_CASE_EXECUTION)
        .processVariableValueEquals(SuccessCycleProcess.CYCLE_ID, cycle.id())
        .unlimitedList()
        .forEach(task -> open.put(task.getId(), task));
    return open.values().stream()
        .sorted(OLDEST_FIRST)
        .map(task -> toCycleTask(task, cycle))
        .toList();
  }

  private CycleTask toCycleTask(Task task, Cycle cycle) {
    List<String> groups =
        tasks.getIdentityLinksForTask(task.getId()).stream()
            .filter(
                link ->
                    IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
            .map(IdentityLink::getGroupId)
            .sorted()
            .toList();
    // A use case's execution, or its instance of the cycle's SubProcess_ReviseUseCases, holds it.
    String useCaseId = (String) tasks.getVariable(task.getId(), SuccessCycleProcess.USE_CASE_ID);
    return new CycleTask(
        task.getId(),
        task.getName(),
        task.getTaskDefinitionKey(),
        task.getProcessInstanceId(),
        useCaseId,
        instant(task.getCreateTime()),
        instant(task.getDueDate()),
        task.getAssignee(),
        groups);
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
