package io.leansuccess.execution;

/** Names in {@code processes/UseCaseExecutionProcess.bpmn} that code and tests refer to. */
public final class UseCaseExecutionProcess {

  public static final String KEY = "UseCaseExecutionProcess";

  /** Process variables. */
  public static final String ACCOUNT_ID = "accountId";

  public static final String CYCLE_ID = "cycleId";
  public static final String USE_CASE_ID = "useCaseId";
  public static final String EXECUTION_DURATION = "executionDuration";
  public static final String PROPOSED_OUTCOME = "proposedOutcome";
  public static final String PROPOSAL_RULES = "proposalRules";
  public static final String PROPOSAL_DECISION_ID = "proposalDecisionId";

  /** Elements. */
  public static final String TASK_READY_USE_CASE = "Task_ReadyUseCase";

  public static final String SUB_PROCESS_EXECUTION = "SubProcess_Execution";
  public static final String TIMER_EXECUTION_PERIOD_ENDS = "Timer_ExecutionPeriodEnds";
  public static final String TIMER_MONTHLY_PROGRESS_CHECK_IN = "Timer_MonthlyProgressCheckIn";
  public static final String TASK_PROGRESS_CHECK_IN = "Task_ProgressCheckIn";
  public static final String TASK_EVALUATE_OUTCOME = "Task_EvaluateOutcome";

  /** The execution ends with the proposal; the CSM confirms it in the cycle's Revise. */
  public static final String END_OUTCOME_PROPOSED = "EndEvent_OutcomeProposed";

  private UseCaseExecutionProcess() {}
}
