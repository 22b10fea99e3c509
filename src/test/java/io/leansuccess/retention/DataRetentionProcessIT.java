package io.leansuccess.retention;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansuccess.support.HealthRuns;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import io.leansuccess.support.TestData;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The nightly retention run, fired by its timer (the job executor is off in the tests), a batch per
 * job: expired signals, decisions, health rows and long-ended share links go, what something still
 * stands on stays, and a second run finds nothing more to delete.
 */
@LeanSuccessIntegrationTest
class DataRetentionProcessIT {

  private static final Instant LONG_AGO = Instant.parse("2019-03-04T10:00:00Z");

  @Autowired TestData data;
  @Autowired JdbcClient jdbc;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired HealthRuns runs;
  @Autowired RetentionProperties settings;

  private final int batchSizeBefore = 1000;

  @AfterEach
  void restoreTheBatchSize() {
    settings.setBatchSize(batchSizeBefore);
  }

  @Test
  void shouldDeleteExpiredRecordsInBatchesAndKeepWhatSomethingStandsOn() {
    String account = data.anAccount().id();
    signal(account, "old-usage-1", "ACTIVE_USERS", "emea", LONG_AGO);
    signal(account, "old-usage-2", "ACTIVE_USERS", "emea", LONG_AGO.plus(Duration.ofDays(30)));
    signal(account, "old-usage-3", "ACTIVE_USERS", "emea", LONG_AGO.plus(Duration.ofDays(60)));
    signal(account, "usage-now", "ACTIVE_USERS", "emea", Instant.now().minus(Duration.ofDays(1)));
    signal(account, "old-only-opening", "COMMUNICATION_OPENED", null, LONG_AGO);
    decision(account, "old-decision", LONG_AGO);
    decision(account, "old-decision-of-a-move", LONG_AGO);
    decision(account, "old-decision-of-a-health-row", LONG_AGO);
    decision(account, "recent-decision", Instant.now().minus(Duration.ofDays(30)));
    decision(account, "old-decision-of-a-renewal", LONG_AGO);
    jdbc.sql(
            """
        insert into ls_renewal_readiness (id, account_id, renewal_date, opened_at, verdict, decision_id, closed_at, closed_as)
        values (?, ?, date '2020-06-30', ?, 'RENEWAL_READY', ?, ?, 'PREPARED')""")
        .params(
            account + "-renewal",
            account,
            Timestamp.from(LONG_AGO),
            account + "-old-decision-of-a-renewal",
            Timestamp.from(LONG_AGO))
        .update();
    jdbc.sql(
            """
        insert into ls_maturity_transition (id, account_id, segment_key, from_level, to_level, decision_id, transitioned_at)
        values (?, ?, 'emea', 1, 2, ?, ?)""")
        .params(
            account + "-move",
            account,
            account + "-old-decision-of-a-move",
            Timestamp.from(LONG_AGO))
        .update();
    health(account, "old-row", null, LONG_AGO);
    health(account, "old-row-with-decision", account + "-old-decision-of-a-health-row", LONG_AGO);
    health(account, "old-row-of-a-plan", null, LONG_AGO);
    health(account, "current-row", null, LONG_AGO.plus(Duration.ofDays(1)));
    jdbc.sql(
            "insert into ls_health_state (account_id, colour, green_streak, escalated, evaluation_id) values (?, 'GREEN', 1, false, ?)")
        .params(account, account + "-current-row")
        .update();
    jdbc.sql(
            "insert into ls_get_well_plan (id, account_id, evaluation_id, reasons, started_at) values (?, ?, ?, '[]', ?)")
        .params(
            account + "-plan", account, account + "-old-row-of-a-plan", Timestamp.from(LONG_AGO))
        .update();
    settings.setBatchSize(1);

    long batches = run();

    assertThat(batches).as("one job per batch of one row per table").isGreaterThanOrEqualTo(3);
    assertThat(ids("ls_signal", account))
        .containsExactlyInAnyOrder("usage-now", "old-only-opening");
    assertThat(ids("ls_decision", account))
        .containsExactlyInAnyOrder(
            "old-decision-of-a-move", "old-decision-of-a-renewal", "recent-decision");
    assertThat(ids("ls_health_evaluation", account))
        .containsExactlyInAnyOrder("current-row", "old-row-of-a-plan");
    assertThat(
            jdbc.sql("select count(*) from ls_maturity_transition where account_id = ?")
                .param(account)
                .query(Long.class)
                .single())
        .isOne();

    settings.setBatchSize(batchSizeBefore);
    run();
    assertThat(ids("ls_signal", account)).hasSize(2);
    assertThat(ids("ls_decision", account)).hasSize(3);
    assertThat(ids("ls_health_evaluation", account)).hasSize(2);
  }

  @Test
  void shouldDeleteShareLinksLongEndedWithTheLogOfTheirViewsAndKeepTheOthers() {
    String account = data.anAccount().id();
    Instant now = Instant.now();
    UUID longExpired = link(account, LONG_AGO, LONG_AGO.plus(Duration.ofDays(90)), null);
    view(longExpired, LONG_AGO.plus(Duration.ofDays(1)), "progress");
    view(longExpired, LONG_AGO.plus(Duration.ofDays(2)), "qbr");
    UUID longRevoked = link(account, days(now, -500), days(now, -135), days(now, -450));
    UUID recentlyExpired = link(account, days(now, -200), days(now, -110), null);
    UUID live = link(account, days(now, -30), days(now, 60), null);
    view(live, days(now, -29), "progress");
    settings.setBatchSize(1);

    run();

    assertThat(
            jdbc.sql("select id from ls_share_link where account_id = ?")
                .param(account)
                .query(UUID.class)
                .list())
        .containsExactlyInAnyOrder(recentlyExpired, live)
        .doesNotContain(longExpired, longRevoked);
    assertThat(
            jdbc.sql(
                    "select v.link_id from ls_share_link_view v join ls_share_link l on l.id = v.link_id"
                        + " where l.account_id = ?")
                .param(account)
                .query(UUID.class)
                .list())
        .containsExactly(live);
    assertThat(
            jdbc.sql("select count(*) from ls_share_link_view where link_id = ?")
                .param(longExpired)
                .query(Long.class)
                .single())
        .isZero();
  }

  private UUID link(String account, Instant created, Instant expires, Instant revoked) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
        insert into ls_share_link (id, account_id, created_by, created_at, expires_at, revoked_by, revoked_at)
        values (?, ?, 'demo.csm', ?, ?, ?, ?)""")
        .params(
            id,
            account,
            Timestamp.from(created),
            Timestamp.from(expires),
            revoked == null ? null : "demo.csm",
            revoked == null ? null : Timestamp.from(revoked))
        .update();
    return id;
  }

  private void view(UUID link, Instant at, String page) {
    jdbc.sql("insert into ls_share_link_view (link_id, viewed_at, page) values (?, ?, ?)")
        .params(link, Timestamp.from(at), page)
        .update();
  }

  private static Instant days(Instant from, int days) {
    return from.plus(Duration.ofDays(days));
  }

  /**
   * Fires the nightly timer and executes the run's batch jobs until it ends: how many there were.
   */
  private long run() {
    management.executeJob(
        runs.timer(DataRetentionProcess.KEY, DataRetentionProcess.START_NIGHTLY).getId());
    ProcessInstance instance =
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey(DataRetentionProcess.KEY)
            .active()
            .singleResult();
    long jobs = 0;
    for (Job job = batchJob(instance); job != null; job = batchJob(instance)) {
      management.executeJob(job.getId());
      jobs++;
    }
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count())
        .isZero();
    return jobs;
  }

  private Job batchJob(ProcessInstance instance) {
    return management
        .createJobQuery()
        .processInstanceId(instance.getId())
        .activityId(DataRetentionProcess.TASK_DELETE_EXPIRED)
        .singleResult();
  }

  private List<String> ids(String table, String account) {
    return jdbc
        .sql("select id from " + table + " where account_id = ?")
        .param(account)
        .query(String.class)
        .list()
        .stream()
        .map(id -> id.substring(account.length() + 1))
        .toList();
  }

  private void signal(String account, String id, String kind, String segment, Instant occurredAt) {
    jdbc.sql(
            """
        insert into ls_signal (id, account_id, kind, segment_key, value, occurred_at, received_at)
        values (?, ?, ?, ?, 50, ?, ?)""")
        .params(
            account + "-" + id,
            account,
            kind,
            segment,
            Timestamp.from(occurredAt),
            Timestamp.from(occurredAt))
        .update();
  }

  private void decision(String account, String id, Instant at) {
    jdbc.sql(
            """
        insert into ls_decision (id, account_id, decision_name, subject_type, subject_id, outcome, fired_rules,
          rules_deployment_id, rules_resource, facts, decided_at)
        values (?, ?, 'HealthEscalation', 'ACCOUNT', ?, 'ESCALATED', '[]', 'deployment', 'rules/HealthEscalation.drl',
          '[]', ?)""")
        .params(account + "-" + id, account, account, Timestamp.from(at))
        .update();
  }

  private void health(String account, String id, String decisionId, Instant at) {
    jdbc.sql(
            """
        insert into ls_health_evaluation (id, account_id, colour, factors, fired_rules, rules_deployment_id,
          rules_resource, outcome, decision_id, first_evaluated_at, evaluated_at, evaluations)
        values (?, ?, 'GREEN', '[]', '[]', 'deployment', 'rules/HealthEscalation.drl', 'NONE', ?, ?, ?, 1)""")
        .params(account + "-" + id, account, decisionId, Timestamp.from(at), Timestamp.from(at))
        .update();
  }
}
