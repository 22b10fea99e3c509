package io.leansuccess.cycle;

/** Names in {@code processes/SuccessCycleProcess.bpmn} that code and tests refer to. */
public final class SuccessCycleProcess {

  public static final String KEY = "SuccessCycleProcess";

  /**
   * The process CallActivity_ExecuteUseCases calls, once per selected use case, passing on {@link
   * #CYCLE_ID} and {@link #USE_CASE_ID}.
   */
  public static final String CALLED_USE_CASE_EXECUTION = "UseCaseExecutionProcess";

  /** Process variables. */
  public static final String ACCOUNT_ID = "accountId";

  public static final String CYCLE_ID = "cycleId";
  public static final String ACCOUNT_NAME = "accountName";
  public static final String YEAR = "year";
  public static final String QUARTER = "quarter";
  public static final String FIRST_CYCLE_OF_YEAR = "firstCycleOfYear";
  public static final String SELECTED_USE_CASE_IDS = "selectedUseCaseIds";

  /** Markdown list of the selected use cases, for the task forms. */
  public static final String SELECTED_USE_CASES_SUMMARY = "selectedUseCasesSummary";

  public static final String NEXT_CYCLE_STARTS_AT = "nextCycleStartsAt";

  /**
   * Local to each instance of SubProcess_ReviseUseCases (beside its {@code useCaseId}): the stored
   * proposal, and what the CSM answers in Task_ConfirmOutcome and Task_ShareSuccessStory.
   */
  public static final String USE_CASE_ID = "useCaseId";

  public static final String PROPOSED_OUTCOME = "proposedOutcome";
  public static final String PROPOSAL_RULES = "proposalRules";
  public static final String PROPOSAL_DECISION_ID = "proposalDecisionId";

  /** ADOPT, ITERATE or DISCARD; the proposal until the CSM changes it. */
  public static final String OUTCOME = "outcome";

  public static final String OVERRIDE_REASON = "overrideReason";
  public static final String OUTCOME_DECIDED_BY = "outcomeDecidedBy";
  public static final String STORY_LINK = "storyLink";
  public static final String STORY_SUMMARY = "storySummary";

  /** INTERNAL (the default) or ANONYMISED: who may see the story in the use-case library. */
  public static final String STORY_SHARE_SCOPE = "storyShareScope";

  /** Elements. */
  public static final String TASK_SET_VISION = "Task_SetVision";

  public static final String TASK_CONFIRM_VISION = "Task_ConfirmVision";
  public static final String TASK_IDENTIFY_USE_CASES = "Task_IdentifyUseCases";
  public static final String TASK_SHORTLIST_USE_CASES = "Task_ShortlistUseCases";
  public static final String TASK_SELECT_USE_CASES = "Task_SelectUseCases";
  public static final String TASK_ASSIGN_OWNERS = "Task_AssignOwners";
  public static final String TASK_PLAN_STAKEHOLDER_ENGAGEMENT = "Task_PlanStakeholderEngagement";
  public static final String CALL_EXECUTE_USE_CASES = "CallActivity_ExecuteUseCases";
  public static final String TIMER_STEERING_CHECK_IN = "Timer_SteeringCheckIn";
  public static final String TASK_STEERING_CHECK_IN = "Task_SteeringCheckIn";
  public static final String TIMER_CHAMPION_CHECK_IN = "Timer_ChampionCheckIn";
  public static final String TASK_CHAMPION_CHECK_IN = "Task_ChampionCheckIn";
  public static final String TASK_EVALUATE_PROGRESS = "Task_EvaluateProgress";
  public static final String SUB_PROCESS_REVISE_USE_CASES = "SubProcess_ReviseUseCases";
  public static final String TASK_CONFIRM_OUTCOME = "Task_ConfirmOutcome";
  public static final String TASK_SHARE_SUCCESS_STORY = "Task_ShareSuccessStory";
  public static final String END_ADOPTED = "EndEvent_UseCaseAdopted";
  public static final String END_ITERATING = "EndEvent_UseCaseIterating";
  public static final String END_DISCARDED = "EndEvent_UseCaseDiscarded";
  public static final String TASK_APPLY_MATURITY_TRANSITIONS = "Task_ApplyMaturityTransitions";
  public static final String TASK_REVISE_PLAN = "Task_RevisePlan";
  public static final String TIMER_NEXT_QUARTER = "Timer_NextQuarter";
  public static final String END_CYCLE_CLOSED = "EndEvent_CycleClosed";

  /** The overdue timer of a CSM task, and the follow-up it gives the CS manager. */
  public static String overdueTimer(String taskId) {
    return "Timer_" + taskId.substring("Task_".length()) + "Overdue";
  }

  public static String followUpTask(String taskId) {
    return "Task_FollowUp" + taskId.substring("Task_".length());
  }

  private SuccessCycleProcess() {}
}
