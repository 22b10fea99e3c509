package io.leansuccess.health.process;

import io.leansuccess.health.HealthEvaluationProcess;
import io.leansuccess.health.HealthEvaluationService.Chunk;
import io.leansuccess.health.HealthProperties;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * One step of a health run in {@code HealthEvaluationProcess}: the next chunk of accounts after
 * {@code afterAccountId}, in the job's own transaction (the task is asynchronous), so a run over
 * 100,000 accounts is 200 small jobs, never a list of all accounts in memory, and a failing chunk
 * is retried alone. The variables tell the loop where to go on.
 */
abstract class HealthChunkDelegate implements JavaDelegate {

  private final HealthProperties settings;
  private final String run;

  HealthChunkDelegate(HealthProperties settings, String run) {
    this.settings = settings;
    this.run = run;
  }

  /** Evaluates the chunk after {@code afterAccountId} (from the start, when null). */
  abstract Chunk next(String afterAccountId, int size);

  @Override
  public void execute(DelegateExecution execution) {
    Object size = execution.getVariable(HealthEvaluationProcess.CHUNK_SIZE);
    Chunk chunk =
        next(
            (String) execution.getVariable(HealthEvaluationProcess.AFTER_ACCOUNT_ID),
            size == null ? settings.getChunkSize() : ((Number) size).intValue());
    long evaluated = add(execution, HealthEvaluationProcess.EVALUATED_ACCOUNTS, chunk.evaluated());
    long chunks = add(execution, HealthEvaluationProcess.EVALUATED_CHUNKS, 1);
    long escalated = add(execution, HealthEvaluationProcess.ESCALATED_ACCOUNTS, chunk.escalated());
    if (chunk.lastAccountId() != null) {
      execution.setVariable(HealthEvaluationProcess.AFTER_ACCOUNT_ID, chunk.lastAccountId());
    }
    execution.setVariable(HealthEvaluationProcess.MORE_ACCOUNTS, chunk.more());
    if (!chunk.more()) {
      HealthLogger.runFinished(run, evaluated, chunks, escalated);
    }
  }

  /** The run's total so far, in a variable of its own: each chunk is a job of its own. */
  private static long add(DelegateExecution execution, String variable, long more) {
    Object before = execution.getVariable(variable);
    long total = (before == null ? 0 : ((Number) before).longValue()) + more;
    execution.setVariable(variable, total);
    return total;
  }
}
