package io.leansuccess.onboarding;

import io.leansuccess.cycle.SuccessCycleProcess;

/** Names in {@code processes/OnboardingProcess.bpmn} that code and tests refer to. */
public final class OnboardingProcess {

  public static final String KEY = "OnboardingProcess";

  /** Process variables. */
  public static final String ACCOUNT_ID = "accountId";

  /** The account's name, shown beside each task in Tasklist's lists. */
  public static final String ACCOUNT_NAME = "accountName";

  public static final String CONTRACT_ID = "contractId";
  public static final String TAKE_STOCK = "takeStock";

  /** Elements. */
  public static final String TASK_GENERATE_SUCCESS_PLAN = "Task_GenerateSuccessPlan";

  public static final String TASK_CAPTURE_PRE_EXISTING_USE_CASES =
      "Task_CapturePreExistingUseCases";
  public static final String TASK_REFRESH_SUCCESS_PLAN = "Task_RefreshSuccessPlan";
  public static final String TASK_REVIEW_SUCCESS_PLAN = "Task_ReviewSuccessPlan";
  public static final String TASK_SEND_SUCCESS_PLAN = "Task_SendSuccessPlan";
  public static final String TASK_SEND_SUCCESS_PLAN_DIRECTLY = "Task_SendSuccessPlanDirectly";
  public static final String SUB_PROCESS_LAUNCH = "SubProcess_Launch";
  public static final String TIMER_LAUNCH_PERIOD_ENDS = "Timer_LaunchPeriodEnds";
  public static final String TASK_START_FIRST_CYCLE = "Task_StartFirstCycle";
  public static final String END_ONBOARDED = "EndEvent_Onboarded";

  /** The launch task of an area, e.g. {@code Task_LaunchChampions}. */
  public static String launchTask(LaunchArea area) {
    return "Task_" + area.taskKey();
  }

  /**
   * The overdue timer of a CSM task, and the follow-up it gives the CS manager (as in every
   * process).
   */
  public static String overdueTimer(String taskId) {
    return SuccessCycleProcess.overdueTimer(taskId);
  }

  public static String followUpTask(String taskId) {
    return SuccessCycleProcess.followUpTask(taskId);
  }

  private OnboardingProcess() {}
}
