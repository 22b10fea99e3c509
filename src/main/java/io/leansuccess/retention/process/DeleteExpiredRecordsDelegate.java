package io.leansuccess.retention.process;

import io.leansuccess.retention.DataRetentionProcess;
import io.leansuccess.retention.RetentionService;
import io.leansuccess.retention.RetentionService.Batch;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_DeleteExpiredRecords}: one batch per table, in the job's own transaction (the task is
 * asynchronous); the variables tell the loop whether to go on.
 */
@Component("deleteExpiredRecords")
public class DeleteExpiredRecordsDelegate implements JavaDelegate {

  private final RetentionService retention;

  public DeleteExpiredRecordsDelegate(RetentionService retention) {
    this.retention = retention;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Batch batch = retention.deleteNextBatch();
    Object before = execution.getVariable(DataRetentionProcess.DELETED_RECORDS);
    long deleted = (before == null ? 0 : ((Number) before).longValue()) + batch.total();
    execution.setVariable(DataRetentionProcess.DELETED_RECORDS, deleted);
    execution.setVariable(DataRetentionProcess.MORE_EXPIRED, batch.more());
  }
}
