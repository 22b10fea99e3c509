package io.leansuccess.teamreview.process;

import io.leansuccess.teamreview.OverdueSteps;
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
 * Overdue steps from the engine's open tasks: every process of the product has its account's id as
 * business key, so two queries find them for any number of accounts, within what the one asking may
 * read in the engine.
 */
@Component
class EngineOverdueSteps implements OverdueSteps {

  private final TaskService tasks;
  private final RuntimeService runtime;

  EngineOverdueSteps(TaskService tasks, RuntimeService runtime) {
    this.tasks = tasks;
    this.runtime = runtime;
  }

  @Override
  public List<OverdueStep> of(Collection<String> accountIds, Instant now) {
    if (accountIds.isEmpty()) {
      return List.of();
    }
    List<Task> overdue =
        tasks
            .createTaskQuery()
            .processInstanceBusinessKeyIn(accountIds.toArray(String[]::new))
            .dueBefore(Date.from(now))
            .orderByDueDate()
            .asc()
            .unlimitedList();
    if (overdue.isEmpty()) {
      return List.of();
    }
    Set<String> instanceIds =
        overdue.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
    Map<String, String> accountOf = new HashMap<>();
    runtime
        .createProcessInstanceQuery()
        .processInstanceIds(instanceIds)
        .unlimitedList()
        .forEach(instance -> accountOf.put(instance.getId(), businessKey(instance)));
    return overdue.stream()
        .filter(task -> accountOf.get(task.getProcessInstanceId()) != null)
        .map(
            task ->
                new OverdueStep(
                    accountOf.get(task.getProcessInstanceId()),
                    task.getName(),
                    task.getDueDate().toInstant()))
        .toList();
  }

  private static String businessKey(ProcessInstance instance) {
    return instance.getBusinessKey();
  }
}
