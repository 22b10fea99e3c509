package io.leansuccess.renewal;

/**
 * Names in {@code processes/RenewalReadinessProcess.bpmn} and {@code
 * processes/RenewalReadinessRunProcess.bpmn} that code and tests refer to.
 */
public final class RenewalReadinessProcess {

  public static final String KEY = "RenewalReadinessProcess";
  public static final String RUN_KEY = "RenewalReadinessRunProcess";

  /** Process variables. */
  public static final String READINESS_ID = "readinessId";

  public static final String ACCOUNT_ID = "accountId";
  public static final String ACCOUNT_NAME = "accountName";
  public static final String RENEWAL_DATE = "renewalDate";

  /** The rules' latest verdict ({@link ReadinessVerdict.Readiness}) and why. */
  public static final String READINESS = "readiness";

  public static final String READINESS_RULES = "readinessRules";
  public static final String DECISION_ID = "decisionId";

  /** The daily run's variables. */
  public static final String AFTER_ACCOUNT_ID = "afterAccountId";

  public static final String MORE_ACCOUNTS = "moreAccounts";
  public static final String OPENED = "openedReadiness";
  public static final String CHUNK_SIZE = "chunkSize";

  /** Elements. */
  public static final String START_RENEWAL_CLOSE = "StartEvent_RenewalClose";

  public static final String TASK_JUDGE_READINESS = "Task_JudgeReadiness";
  public static final String TASK_PREPARE_RENEWAL = "Task_PrepareRenewal";
  public static final String TASK_JUDGE_ANSWERS = "Task_JudgeAnswers";
  public static final String END_RENEWAL_READY = "EndEvent_RenewalReady";
  public static final String END_GET_WELL_FIRST = "EndEvent_GetWellFirst";
  public static final String START_DAILY = "StartEvent_Daily";
  public static final String TASK_OPEN_DUE_RENEWALS = "Task_OpenDueRenewals";

  private RenewalReadinessProcess() {}
}
