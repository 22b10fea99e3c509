package io.leansuccess.reonboarding;

/** Names in {@code processes/ReOnboardingProcess.bpmn} that code and tests refer to. */
public final class ReOnboardingProcess {

  public static final String KEY = "ReOnboardingProcess";

  /** Messages (their names, as correlated). */
  public static final String MESSAGE_SEGMENT_NEEDS_RE_ONBOARDING = "SegmentNeedsReOnboarding";

  /** Process variables. */
  public static final String ACCOUNT_ID = "accountId";

  public static final String ACCOUNT_NAME = "accountName";
  public static final String RE_ONBOARDING_ID = "reOnboardingId";
  public static final String SEGMENT_KEY = "segmentKey";
  public static final String SEGMENT_NAME = "segmentName";

  /** Why the rules want the segment re-onboarded, one line each. */
  public static final String REASONS = "reasons";

  /** Elements. */
  public static final String START_SEGMENT_NEEDS_RE_ONBOARDING =
      "StartEvent_SegmentNeedsReOnboarding";

  public static final String TASK_SEND_WELCOME_COMMUNICATIONS = "Task_SendWelcomeCommunications";
  public static final String TASK_TRAIN_NEW_USERS = "Task_TrainNewUsers";
  public static final String END_SEGMENT_RE_ONBOARDED = "EndEvent_SegmentReOnboarded";

  private ReOnboardingProcess() {}
}
