package io.leansuccess.process;

import static io.leansuccess.health.HealthEvaluationProcess.END_DUE_EVALUATED;
import static io.leansuccess.health.HealthEvaluationProcess.MORE_ACCOUNTS;
import static io.leansuccess.health.HealthEvaluationProcess.START_DUE;
import static io.leansuccess.health.HealthEvaluationProcess.TASK_EVALUATE_DUE_CHUNK;

import io.leansuccess.health.HealthEvaluationProcess;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

/**
 * The run over the accounts that new signals marked due: every five minutes, chunk after chunk
 * while more are due.
 */
@Deployment(resources = "processes/HealthDueEvaluationProcess.bpmn")
class HealthDueEvaluationProcessTest extends ChunkedRun {

  HealthDueEvaluationProcessTest() {
    super(
        HealthEvaluationProcess.DUE_KEY,
        START_DUE,
        TASK_EVALUATE_DUE_CHUNK,
        END_DUE_EVALUATED,
        MORE_ACCOUNTS,
        "evaluateDueHealthChunk");
  }

  @Test
  void shouldRunEveryFiveMinutes() {
    Assertions.assertThat(fireTimersInDueOrderUntil("2027-01-04T09:15:00Z"))
        .containsExactly(
            START_DUE + " at " + at("2027-01-04", 9, 5),
            START_DUE + " at " + at("2027-01-04", 9, 10),
            START_DUE + " at " + at("2027-01-04", 9, 15));
  }
}
