package io.leansuccess.health;

/**
 * Names in {@code processes/HealthEvaluationProcess.bpmn} (all accounts, nightly) and {@code
 * processes/HealthDueEvaluationProcess.bpmn} (accounts with new signals, every few minutes) that
 * code and tests refer to. Two processes because Camunda 7 starts a process by one timer only; both
 * loop over chunks the same way, with the same variables.
 */
public final class HealthEvaluationProcess {

  public static final String KEY = "HealthEvaluationProcess";
  public static final String DUE_KEY = "HealthDueEvaluationProcess";

  /** Process variables: where the run stands, so that each chunk is a job of its own. */
  public static final String AFTER_ACCOUNT_ID = "afterAccountId";

  public static final String MORE_ACCOUNTS = "moreAccounts";
  public static final String EVALUATED_ACCOUNTS = "evaluatedAccounts";
  public static final String EVALUATED_CHUNKS = "evaluatedChunks";
  public static final String ESCALATED_ACCOUNTS = "escalatedAccounts";

  /**
   * Optional: accounts per chunk for this run, instead of {@code lean-success.health.chunk-size}.
   */
  public static final String CHUNK_SIZE = "chunkSize";

  /** Elements. */
  public static final String START_NIGHTLY = "StartEvent_Nightly";

  public static final String TASK_EVALUATE_CHUNK = "Task_EvaluateChunk";
  public static final String END_ALL_EVALUATED = "EndEvent_AllEvaluated";
  public static final String START_DUE = "StartEvent_NewSignals";
  public static final String TASK_EVALUATE_DUE_CHUNK = "Task_EvaluateDueChunk";
  public static final String END_DUE_EVALUATED = "EndEvent_DueEvaluated";

  private HealthEvaluationProcess() {}
}
