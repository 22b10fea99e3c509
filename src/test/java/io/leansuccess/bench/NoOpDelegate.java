package io.leansuccess.bench;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Every delegate and listener of the no-op success cycle ({@link NoOpCycle}): it does nothing, but
 * for leaving the one variable a later element of the diagram reads and no start variable can carry
 * (a called process sees only what its call activity passes in).
 */
public class NoOpDelegate implements JavaDelegate, ExecutionListener, TaskListener {

  /** Per element: the variables the real delegate there leaves for the diagram's expressions. */
  private static final Map<String, Map<String, Object>> LEAVES =
      Map.of("Task_StartExecution", Map.of("executionDuration", "P3M"));

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariables(LEAVES.getOrDefault(execution.getCurrentActivityId(), Map.of()));
  }

  @Override
  public void notify(DelegateExecution execution) {}

  @Override
  public void notify(DelegateTask task) {}
}
