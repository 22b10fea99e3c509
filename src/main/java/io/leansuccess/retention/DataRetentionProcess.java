package io.leansuccess.retention;

/** Names in {@code processes/DataRetentionProcess.bpmn} that code and tests refer to. */
public final class DataRetentionProcess {

  public static final String KEY = "DataRetentionProcess";

  /** Process variables. */
  public static final String MORE_EXPIRED = "moreExpired";

  public static final String DELETED_RECORDS = "deletedRecords";

  /** Elements. */
  public static final String START_NIGHTLY = "StartEvent_Nightly";

  public static final String TASK_DELETE_EXPIRED = "Task_DeleteExpiredRecords";
  public static final String END_ALL_DELETED = "EndEvent_ExpiredRecordsDeleted";

  private DataRetentionProcess() {}
}
