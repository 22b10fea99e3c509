package io.leansuccess.process;

import static io.leansuccess.health.HealthEvaluationProcess.END_ALL_EVALUATED;
import static io.leansuccess.health.HealthEvaluationProcess.MORE_ACCOUNTS;
import static io.leansuccess.health.HealthEvaluationProcess.START_NIGHTLY;
import static io.leansuccess.health.HealthEvaluationProcess.TASK_EVALUATE_CHUNK;

import io.leansuccess.health.HealthEvaluationProcess;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

/**
 * The nightly health run over all accounts: its schedule, one chunk, chunk after chunk while more
 * are left.
 */
@Deployment(resources = "processes/HealthEvaluationProcess.bpmn")
class HealthEvaluationProcessTest extends ChunkedRun {

  HealthEvaluationProcessTest() {
    super(
        HealthEvaluationProcess.KEY,
        START_NIGHTLY,
        TASK_EVALUATE_CHUNK,
        END_ALL_EVALUATED,
        MORE_ACCOUNTS,
        "evaluateHealthChunk");
  }

  @Test
  void shouldRunEveryNightAtTwo() {
    Assertions.assertThat(fireTimersInDueOrderUntil("2027-01-06T12:00:00Z"))
        .containsExactly(
            START_NIGHTLY + " at " + at("2027-01-05", 2, 0),
            START_NIGHTLY + " at " + at("2027-01-06", 2, 0));
  }
}
