package io.leansuccess.portfolio.process;

import io.leansuccess.portfolio.OverdueTasks;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Overdue tasks by account in two engine queries: the business key of every process is its
 * account's id (a use case's execution inherits it from its cycle), so the tasks of these business
 * keys that are due, then the business keys of their process instances. Both run as the one asking,
 * so their authorizations apply as in Tasklist.
 */
@Component
class EngineOverdueTasks implements OverdueTasks {

  private final TaskService tasks;
  private final RuntimeService runtime;

  EngineOverdueTasks(TaskService tasks, RuntimeService runtime) {
    this.tasks = tasks;
    this.runtime = runtime;
  }

  @Override
  public Map<String, Long> byAccount(Collection<String> accountIds, Instant now) {
    if (accountIds.isEmpty()) {
      return Map.of();
    }
    List<Task> overdue =
        tasks
            .createTaskQuery()
            .processInstanceBusinessKeyIn(accountIds.toArray(String[]::new))
            .dueBefore(Date.from(now))
            .unlimitedList();
    if (overdue.isEmpty()) {
      return Map.of();
    }
    Set<String> instanceIds =
        overdue.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
    Map<String, String> accountOf =
        runtime
            .createProcessInstanceQuery()
            .processInstanceIds(instanceIds)
            .unlimitedList()
            .stream()
            .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
    Map<String, Long> counts = new HashMap<>();
    overdue.forEach(
        task -> {
          String account = accountOf.get(task.getProcessInstanceId());
          if (account != null) {
            counts.merge(account, 1L, Long::sum);
          }
        });
    return counts;
  }
}
