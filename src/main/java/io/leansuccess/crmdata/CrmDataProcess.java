package io.leansuccess.crmdata;

/** Names in {@code processes/CompleteCrmDataProcess.bpmn} that code and tests refer to. */
public final class CrmDataProcess {

  public static final String KEY = "CompleteCrmDataProcess";

  /** Messages (their names, as correlated). */
  public static final String MESSAGE_CRM_DATA_INCOMPLETE = "CrmDataIncomplete";

  public static final String MESSAGE_CRM_DATA_COMPLETED = "CrmDataCompleted";

  /** Process variables. */
  public static final String ACCOUNT_ID = "accountId";

  public static final String ACCOUNT_NAME = "accountName";
  public static final String REQUEST_ID = "requestId";
  public static final String CONTRACT_ID = "contractId";

  /** What is missing, one line each, in the words of the rules. */
  public static final String MISSING = "missing";

  /** The Camunda user of the account manager, or null: the team's managers get the task. */
  public static final String ACCOUNT_MANAGER = "accountManager";

  /** Set by {@code CrmDataCompleted}: the contract update that brought the data. */
  public static final String COMPLETED_BY_CONTRACT = "completedByContract";

  /** Elements. */
  public static final String START_CRM_DATA_INCOMPLETE = "StartEvent_CrmDataIncomplete";

  public static final String TASK_COMPLETE_CRM_DATA = "Task_CompleteCrmData";
  public static final String TIMER_COMPLETE_CRM_DATA_OVERDUE = "Timer_CompleteCrmDataOverdue";
  public static final String TASK_FOLLOW_UP_COMPLETE_CRM_DATA = "Task_FollowUpCompleteCrmData";
  public static final String END_CRM_DATA_COMPLETED = "EndEvent_CrmDataCompleted";
  public static final String END_CRM_DATA_ARRIVED = "EndEvent_CrmDataArrived";

  private CrmDataProcess() {}
}
