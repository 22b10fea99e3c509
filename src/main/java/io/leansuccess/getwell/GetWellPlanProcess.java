package io.leansuccess.getwell;

/** Names in {@code processes/GetWellPlanProcess.bpmn} that code and tests refer to. */
public final class GetWellPlanProcess {

  public static final String KEY = "GetWellPlanProcess";

  /** Messages (their names, as correlated). */
  public static final String MESSAGE_ACCOUNT_AT_RISK = "AccountAtRisk";

  public static final String MESSAGE_ACCOUNT_RECOVERED = "AccountRecovered";

  /** Process variables. */
  public static final String ACCOUNT_ID = "accountId";

  /** The account's name, shown beside each task in Tasklist's lists. */
  public static final String ACCOUNT_NAME = "accountName";

  public static final String PLAN_ID = "planId";
  public static final String EVALUATION_ID = "evaluationId";

  /** The factors and rule names that made the health rules escalate, one a line, for the CSM. */
  public static final String REASONS = "reasons";

  /** Set by {@code AccountRecovered}: the evaluation that found the account recovered. */
  public static final String RECOVERY_EVALUATION_ID = "recoveryEvaluationId";

  /**
   * The job handler type of a plan's start job, which creates its process instance (configuration:
   * the plan's id); the instance's first step is a job of its own again (the start event is
   * asynchronous).
   */
  public static final String JOB_START_PLAN = "lean-success-get-well-plan-start";

  /** Elements. */
  public static final String START_ACCOUNT_AT_RISK = "StartEvent_AccountAtRisk";

  public static final String TASK_DIAGNOSE = "Task_Diagnose";
  public static final String TASK_AGREE_REMEDIATION = "Task_AgreeRemediation";
  public static final String TIMER_WEEKLY_REVIEW = "Timer_WeeklyReview";
  public static final String TASK_WEEKLY_REVIEW = "Task_WeeklyReview";
  public static final String TIMER_RECOVERY_OVERDUE = "Timer_RecoveryOverdue";
  public static final String TASK_ENGAGE_EXECUTIVE_SPONSOR = "Task_EngageExecutiveSponsor";
  public static final String END_PLAN_CLOSED = "EndEvent_PlanClosed";

  private GetWellPlanProcess() {}
}
