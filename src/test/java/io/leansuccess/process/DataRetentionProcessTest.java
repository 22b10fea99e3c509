package io.leansuccess.process;

import static io.leansuccess.retention.DataRetentionProcess.END_ALL_DELETED;
import static io.leansuccess.retention.DataRetentionProcess.MORE_EXPIRED;
import static io.leansuccess.retention.DataRetentionProcess.START_NIGHTLY;
import static io.leansuccess.retention.DataRetentionProcess.TASK_DELETE_EXPIRED;

import io.leansuccess.retention.DataRetentionProcess;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

/** The nightly retention run: its schedule, one batch, batch after batch while more expired. */
@Deployment(resources = "processes/DataRetentionProcess.bpmn")
class DataRetentionProcessTest extends ChunkedRun {

  DataRetentionProcessTest() {
    super(
        DataRetentionProcess.KEY,
        START_NIGHTLY,
        TASK_DELETE_EXPIRED,
        END_ALL_DELETED,
        MORE_EXPIRED,
        "deleteExpiredRecords");
  }

  @Test
  void shouldRunEveryNightAtHalfPastThree() {
    Assertions.assertThat(fireTimersInDueOrderUntil("2027-01-06T12:00:00Z"))
        .containsExactly(
            START_NIGHTLY + " at " + at("2027-01-05", 3, 30),
            START_NIGHTLY + " at " + at("2027-01-06", 3, 30));
  }
}
