package io.leansuccess.process;

import static io.leansuccess.renewal.RenewalReadinessProcess.MORE_ACCOUNTS;
import static io.leansuccess.renewal.RenewalReadinessProcess.RUN_KEY;
import static io.leansuccess.renewal.RenewalReadinessProcess.START_DAILY;
import static io.leansuccess.renewal.RenewalReadinessProcess.TASK_OPEN_DUE_RENEWALS;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

/**
 * The daily run that opens the readiness of renewals come close: its schedule, one chunk, chunk
 * after chunk while more are left.
 */
@Deployment(resources = "processes/RenewalReadinessRunProcess.bpmn")
class RenewalReadinessRunProcessTest extends ChunkedRun {

  RenewalReadinessRunProcessTest() {
    super(
        RUN_KEY,
        START_DAILY,
        TASK_OPEN_DUE_RENEWALS,
        "EndEvent_AllOpened",
        MORE_ACCOUNTS,
        "openDueRenewals");
  }

  @Test
  void shouldRunEveryDayAtHalfPastTwo() {
    Assertions.assertThat(fireTimersInDueOrderUntil("2027-01-06T12:00:00Z"))
        .containsExactly(
            START_DAILY + " at " + at("2027-01-05", 2, 30),
            START_DAILY + " at " + at("2027-01-06", 2, 30));
  }
}
