package io.leansuccess.support;

import io.leansuccess.health.HealthEvaluationProcess;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.boot.test.context.TestComponent;

/**
 * Health runs as the job executor makes them (it is off in the tests): a health process's start
 * timer fired, then its chunk jobs executed until the run ends. The shared database holds other
 * tests' accounts, so a run here is kept to the accounts after a prefix of the test's own ({@code
 * afterAccountId}), with a chunk size of its own, both set before its first chunk; choose a prefix
 * that sorts after the other tests' accounts, or the run evaluates those too.
 */
@TestComponent
public class HealthRuns {

  private final RuntimeService runtime;
  private final ManagementService management;
  private final HistoryService history;

  public HealthRuns(RuntimeService runtime, ManagementService management, HistoryService history) {
    this.runtime = runtime;
    this.management = management;
    this.history = history;
  }

  /**
   * Evaluates the accounts that new signals marked due, after {@code afterAccountId}, as the due
   * run every few minutes does: how many it evaluated.
   */
  public long evaluateDue(String afterAccountId, int chunkSize) {
    return finishDue(startDue(afterAccountId, chunkSize));
  }

  /** A due run started by its timer, waiting at its first chunk job. */
  public ProcessInstance startDue(String afterAccountId, int chunkSize) {
    return startByTimer(
        HealthEvaluationProcess.DUE_KEY,
        HealthEvaluationProcess.START_DUE,
        afterAccountId,
        chunkSize);
  }

  /** Runs a started due run to its end: how many accounts it evaluated. */
  public long finishDue(ProcessInstance run) {
    runToTheEnd(run, HealthEvaluationProcess.TASK_EVALUATE_DUE_CHUNK);
    return ((Number) historicVariable(run, HealthEvaluationProcess.EVALUATED_ACCOUNTS)).longValue();
  }

  /**
   * Fires the start timer; the new run waits at its first chunk job. Tests may run several at once:
   * firing the one timer and finding the run it started take turns.
   */
  public ProcessInstance startByTimer(
      String key, String startEvent, String afterAccountId, int chunkSize) {
    synchronized (HealthRuns.class) {
      management.executeJob(timer(key, startEvent).getId());
      ProcessInstance run =
          runtime.createProcessInstanceQuery().processDefinitionKey(key).active().list().stream()
              .filter(
                  instance ->
                      runtime.getVariable(
                              instance.getId(), HealthEvaluationProcess.AFTER_ACCOUNT_ID)
                          == null)
              .findFirst()
              .orElseThrow();
      runtime.setVariable(run.getId(), HealthEvaluationProcess.AFTER_ACCOUNT_ID, afterAccountId);
      runtime.setVariable(run.getId(), HealthEvaluationProcess.CHUNK_SIZE, chunkSize);
      return run;
    }
  }

  /** Executes the run's jobs at {@code chunkTask} until there are none: how many there were. */
  public int runToTheEnd(ProcessInstance run, String chunkTask) {
    int jobs = 0;
    for (Job job = chunkJob(run, chunkTask); job != null; job = chunkJob(run, chunkTask)) {
      management.executeJob(job.getId());
      jobs++;
    }
    return jobs;
  }

  /** The process's start timer. */
  public Job timer(String key, String startEvent) {
    return management
        .createJobQuery()
        .processDefinitionKey(key)
        .activityId(startEvent)
        .timers()
        .singleResult();
  }

  public Object historicVariable(ProcessInstance run, String name) {
    return history
        .createHistoricVariableInstanceQuery()
        .processInstanceId(run.getId())
        .variableName(name)
        .singleResult()
        .getValue();
  }

  private Job chunkJob(ProcessInstance run, String chunkTask) {
    return management
        .createJobQuery()
        .processInstanceId(run.getId())
        .activityId(chunkTask)
        .singleResult();
  }
}
