package io.leansuccess.health;

import static io.leansuccess.health.HealthSignals.account;
import static io.leansuccess.health.HealthSignals.freshId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.leansuccess.account.AccountRepository;
import io.leansuccess.signal.SignalKind;
import io.leansuccess.signal.SignalService;
import io.leansuccess.support.HealthRuns;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The two health processes run by their timers (fired by the test: the job executor is off), a
 * chunk per job. The shared database holds other tests' accounts, so each run here starts after a
 * prefix of its own ({@code afterAccountId}) and uses a small chunk size ({@code chunkSize}), both
 * set on the instance before its first job ({@link HealthRuns}).
 */
@LeanSuccessIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class HealthEvaluationProcessIT {

  static final Instant NOW = Instant.parse("2026-10-01T08:00:00Z");

  @Autowired ProcessEngine engine;
  @Autowired AccountRepository accounts;
  @Autowired SignalService signalService;
  @Autowired HealthRepository health;
  @Autowired JdbcClient jdbc;
  @Autowired HealthRuns runs;

  HealthSignals signals;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    signals = new HealthSignals(accounts, signalService);
    ClockUtil.setCurrentTime(Date.from(NOW));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void shouldEvaluateAllAccountsAtNightInChunksEachAJobOfItsOwn(CapturedOutput log) {
    // "zzzz" sorts after every other test's accounts, so this run sees only these five
    String prefix = freshId("zzzz-nightly");
    List<String> ids =
        List.of(prefix + "-1", prefix + "-2", prefix + "-3", prefix + "-4", prefix + "-5");
    ids.forEach(id -> signals.store(account(id, LocalDate.of(2027, 9, 30))));
    signals.about(ids.get(2), NOW).activeUsers(1, 10).send();

    ProcessInstance run =
        runs.startByTimer(
            HealthEvaluationProcess.KEY, HealthEvaluationProcess.START_NIGHTLY, prefix, 2);
    int jobs = runs.runToTheEnd(run, HealthEvaluationProcess.TASK_EVALUATE_CHUNK);

    assertThat(jobs).as("chunks of 2, 2 and 1").isEqualTo(3);
    assertThat(run).isEnded().hasPassed(HealthEvaluationProcess.END_ALL_EVALUATED);
    assertThat(runs.historicVariable(run, HealthEvaluationProcess.EVALUATED_ACCOUNTS))
        .isEqualTo(5L);
    assertThat(log.getOut())
        .as("what a CS leader asks about the next morning")
        .contains(
            "LS-HEALTH-001 Health run nightly finished: 5 accounts in 3 chunks, 1 escalated to a get-well plan")
        .containsPattern(
            "LS-GETWELL-001 Get-well plan \\S+ opened for account "
                + ids.get(2)
                + " by health evaluation");
    assertThat(ids)
        .allSatisfy(id -> assertThat(health.state(id).orElseThrow().evaluationId()).isNotNull());
    HealthEvaluation red = health.history(ids.get(2), 1, 0).get(0);
    assertThat(red.colour()).isEqualTo(HealthColour.RED);
    assertThat(red.outcome()).isEqualTo(HealthOutcome.ESCALATED);
    assertThat(health.history(ids.get(0), 1, 0).get(0).colour()).isEqualTo(HealthColour.GREEN);
    assertThat(dueMarks(ids)).as("the run also cleared the marks its signals left").isZero();
  }

  @Test
  void shouldEvaluateTheAccountsWithNewSignalsOnceEachAndClearTheirMarks() {
    String prefix = freshId("zzz-signals");
    String first = prefix + "-a";
    String second = prefix + "-b";
    signals.store(account(first, LocalDate.of(2027, 9, 30))).about(first, NOW);
    for (int day = 50; day > 0; day--) {
      signals.activeUsers(day, 30);
    }
    signals.send();
    signals
        .store(account(second, LocalDate.of(2027, 9, 30)))
        .about(second, NOW)
        .daysAgo(1, SignalKind.NPS, "-40", null, null)
        .send();
    assertThat(dueMarks(List.of(first, second))).isEqualTo(2);

    ProcessInstance run =
        runs.startByTimer(
            HealthEvaluationProcess.DUE_KEY, HealthEvaluationProcess.START_DUE, prefix, 1);
    runs.runToTheEnd(run, HealthEvaluationProcess.TASK_EVALUATE_DUE_CHUNK);

    assertThat(run).isEnded().hasPassed(HealthEvaluationProcess.END_DUE_EVALUATED);
    assertThat(dueMarks(List.of(first, second))).isZero();
    HealthEvaluation low = health.history(first, 10, 0).get(0);
    assertThat(low.evaluations()).as("fifty signals, one evaluation").isEqualTo(1);
    assertThat(low.factors()).extracting(HealthFactor::code).containsExactly("LOW_USAGE");
    assertThat(health.history(second, 10, 0))
        .singleElement()
        .extracting(HealthEvaluation::colour)
        .isEqualTo(HealthColour.AMBER);
  }

  @Test
  void shouldScheduleBothRunsFromConfiguration() {
    assertThat(runs.timer(HealthEvaluationProcess.KEY, HealthEvaluationProcess.START_NIGHTLY))
        .isNotNull();
    assertThat(runs.timer(HealthEvaluationProcess.DUE_KEY, HealthEvaluationProcess.START_DUE))
        .isNotNull();
  }

  private int dueMarks(List<String> accountIds) {
    return jdbc.sql("select count(*) from ls_health_due where account_id in (:ids)")
        .param("ids", accountIds)
        .query(Integer.class)
        .single();
  }
}
