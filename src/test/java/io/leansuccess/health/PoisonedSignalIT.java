package io.leansuccess.health;

import static io.leansuccess.health.HealthSignals.account;
import static io.leansuccess.health.HealthSignals.freshId;
import static org.assertj.core.api.Assertions.assertThat;

import io.leansuccess.account.AccountRepository;
import io.leansuccess.signal.SignalKind;
import io.leansuccess.signal.SignalService;
import io.leansuccess.support.HealthRuns;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A bad record that slipped in before the API refused it (an NPS without a score, dated at the end
 * of time) breaks the facts of its own account only: the nightly and the due runs judge every other
 * account of its chunk, count the poisoned one as failed and leave it due for the next run. The
 * prefixes sort before those of the other health runs' tests ({@code zz-storm}, {@code zzz-},
 * {@code zzzz-}), so their runs never meet these accounts; these runs may judge theirs.
 */
@LeanSuccessIntegrationTest
class PoisonedSignalIT {

  static final Instant NOW = Instant.parse("2026-10-01T08:00:00Z");

  @Autowired AccountRepository accounts;
  @Autowired SignalService signalService;
  @Autowired HealthRepository health;
  @Autowired JdbcClient jdbc;
  @Autowired HealthRuns runs;
  @Autowired MeterRegistry metrics;

  HealthSignals signals;
  String poisoned;

  @BeforeEach
  void setUp() {
    signals = new HealthSignals(accounts, signalService);
    ClockUtil.setCurrentTime(Date.from(NOW));
  }

  @AfterEach
  void resetClockAndRemoveThePoison() {
    ClockUtil.reset();
    // other tests' due runs start after prefixes this one sorts after: leave no due mark behind
    if (poisoned != null) {
      jdbc.sql("delete from ls_signal where account_id = ?").param(poisoned).update();
      jdbc.sql("delete from ls_health_due where account_id = ?").param(poisoned).update();
    }
  }

  @Test
  void shouldEvaluateEveryOtherAccountOfTheChunkAtNightWhenOneAccountHasAPoisonedSignal() {
    String prefix = freshId("zz-poison-nightly");
    List<String> ids = accountsWithOnePoisoned(prefix);
    double failedBefore = failed("nightly");

    var run =
        runs.startByTimer(
            HealthEvaluationProcess.KEY, HealthEvaluationProcess.START_NIGHTLY, prefix, 10);
    runs.runToTheEnd(run, HealthEvaluationProcess.TASK_EVALUATE_CHUNK);

    assertEveryOtherAccountEvaluated(ids);
    assertThat(failed("nightly") - failedBefore).isEqualTo(1.0);
  }

  @Test
  void
      shouldEvaluateEveryOtherDueAccountAndKeepThePoisonedOneDueWhenOneAccountHasAPoisonedSignal() {
    String prefix = freshId("zz-poison-due");
    List<String> ids = accountsWithOnePoisoned(prefix);
    double failedBefore = failed("due");

    runs.evaluateDue(prefix, 10);

    assertEveryOtherAccountEvaluated(ids);
    assertThat(failed("due") - failedBefore).isEqualTo(1.0);
    assertThat(dueMarks(ids))
        .as("only the poisoned account stays due, for the next run")
        .isEqualTo(1);
  }

  /** Five accounts with signals, the third also with the poisoned one. */
  private List<String> accountsWithOnePoisoned(String prefix) {
    List<String> ids =
        List.of(prefix + "-1", prefix + "-2", prefix + "-3", prefix + "-4", prefix + "-5");
    ids.forEach(
        id ->
            signals
                .store(account(id, LocalDate.of(2027, 9, 30)))
                .about(id, NOW)
                .daysAgo(1, SignalKind.NPS, "50", null, null)
                .send());
    jdbc.sql(
            "insert into ls_signal (id, account_id, kind, value, occurred_at, received_at) values (?, ?, 'NPS', null, ?, ?)")
        .params(
            freshId("poison"),
            poisoned = ids.get(2),
            Timestamp.from(Instant.parse("9999-12-31T23:59:59Z")),
            Timestamp.from(NOW))
        .update();
    return ids;
  }

  private void assertEveryOtherAccountEvaluated(List<String> ids) {
    for (String id : ids) {
      if (id.equals(ids.get(2))) {
        assertThat(health.history(id, 10, 0)).as("the poisoned account " + id).isEmpty();
      } else {
        assertThat(health.history(id, 10, 0))
            .as(id)
            .singleElement()
            .extracting(HealthEvaluation::colour)
            .isEqualTo(HealthColour.GREEN);
      }
    }
  }

  private double failed(String run) {
    var counter = metrics.find("leansuccess.health.accounts.failed").tag("run", run).counter();
    return counter == null ? 0 : counter.count();
  }

  private int dueMarks(List<String> accountIds) {
    return jdbc.sql("select count(*) from ls_health_due where account_id in (:ids)")
        .param("ids", accountIds)
        .query(Integer.class)
        .single();
  }
}
