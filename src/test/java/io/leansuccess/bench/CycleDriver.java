package io.leansuccess.bench;

import io.leansuccess.cycle.SuccessCycleProcess;
import io.leansuccess.execution.UseCaseExecutionProcess;
import io.leansuccess.support.FormAnswers;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Takes one success cycle from its start to its end as its users and its timers would: every open
 * task of the cycle and of the use-case executions it called completed with the answers its form
 * asks for ({@link FormAnswers}), and when nothing waits for a person, the timers it waits for (the
 * execution period, the next quarter) fired at once. Overdue and check-in timers are not fired: the
 * work is done in time. The same steps for the real and the no-op cycle, so that the driver's own
 * queries cost both sides alike.
 */
final class CycleDriver {

  /** The timers a cycle waits for on its way to its end. */
  private static final Set<String> WAITS =
      Set.of(
          UseCaseExecutionProcess.TIMER_EXECUTION_PERIOD_ENDS,
          SuccessCycleProcess.TIMER_NEXT_QUARTER);

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;

  CycleDriver(ProcessEngine engine) {
    this.runtime = engine.getRuntimeService();
    this.tasks = engine.getTaskService();
    this.management = engine.getManagementService();
  }

  /** Starts a cycle and drives it to its end: the steps it took (transactions the driver made). */
  int drive(Supplier<String> start) {
    String root = start.get();
    int steps = 1;
    while (isRunning(root)) {
      List<String> tree = tree(root);
      List<Task> open =
          tasks.createTaskQuery().processInstanceIdIn(tree.toArray(String[]::new)).list();
      if (!open.isEmpty()) {
        for (Task task : open) {
          tasks.complete(task.getId(), FormAnswers.forTask(task.getTaskDefinitionKey()));
          steps++;
        }
        continue;
      }
      List<Job> due = new ArrayList<>();
      for (String instance : tree) {
        for (String timer : WAITS) {
          due.addAll(
              management
                  .createJobQuery()
                  .processInstanceId(instance)
                  .activityId(timer)
                  .timers()
                  .list());
        }
      }
      if (due.isEmpty()) {
        throw new IllegalStateException(
            "Cycle "
                + root
                + " waits for nothing the benchmark drives: "
                + runtime.getActiveActivityIds(root));
      }
      for (Job job : due) {
        management.executeJob(job.getId());
        steps++;
      }
    }
    return steps;
  }

  private boolean isRunning(String instanceId) {
    return runtime.createProcessInstanceQuery().processInstanceId(instanceId).count() > 0;
  }

  /** The cycle and the executions it called. */
  private List<String> tree(String root) {
    List<String> ids = new ArrayList<>();
    ids.add(root);
    runtime.createProcessInstanceQuery().superProcessInstanceId(root).list().stream()
        .map(ProcessInstance::getId)
        .forEach(ids::add);
    return ids;
  }
}
