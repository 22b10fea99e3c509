package io.leansuccess.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.leansuccess.support.Http;
import io.leansuccess.support.TestData;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The cluster proof: one real PostgreSQL server, two product nodes as JVMs of their own from the
 * built executable jar, a few hundred accounts driven through signals, health runs and success
 * cycles with their timers due at once, and one node killed with SIGKILL while it holds jobs. The
 * other node carries on; afterwards nothing is missing, nothing happened twice, nothing is left
 * locked by the dead node once its (shortened) lock time has passed.
 */
class ClusterIT {

  private static final int ACCOUNTS = 200;
  private static final int LOCK_TIME_MILLIS = 10_000;
  private static final int ACCOUNTS_PER_BATCH = 25;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String OVERDUE_TIMERS_LEFT =
      """
      select count(*) from act_ru_job j join act_ru_jobdef d on d.id_ = j.job_def_id_
      where d.act_id_ = 'Timer_SetVisionOverdue'""";

  /** Event ids the nodes acknowledged (stored now or before): each must be in the database. */
  private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();

  private int retriedOnTheSurvivor;

  @Test
  void shouldLoseNothingAndDoNothingTwiceWhenANodeIsKilledMidway() throws Exception {
    Path jar = executableJar();
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      String url = postgres.getJdbcUrl("postgres", "postgres");
      List<String> settings =
          List.of(
              "--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_TIME_MILLIS,
              "--camunda.bpm.job-execution.wait-time-in-millis=500",
              "--camunda.bpm.job-execution.max-wait=1000",
              // due runs every 5 seconds, in chunks of 20 accounts: many small jobs
              "--lean-success.health.due-schedule=0/5 * * * * ?",
              "--lean-success.health.chunk-size=20",
              // the cycles' first overdue timer is due 5 seconds after they start: all at once
              "--lean-success.timing.allowed[SetVision]=PT5S");
      try (ProductNode a = ProductNode.start("node-a", jar, url, settings)) {
        a.awaitReady(300);
        try (ProductNode b = ProductNode.start("node-b", jar, url, settings)) {
          b.awaitReady(300);
          String lockOwnerOfB = lockOwner(b);
          List<ProductNode> both = List.of(a, b);

          List<String> accounts =
              IntStream.range(0, ACCOUNTS).mapToObj(i -> "cluster-%04d".formatted(i)).toList();
          forEachAlternating(accounts, both, (node, account) -> createAccount(node, account));
          Instant cyclesStarted = Instant.now();
          forEachAlternating(accounts, both, (node, account) -> startCycle(node, account));
          Instant usageBefore =
              Instant.now().minusSeconds(3 * 86400).truncatedTo(ChronoUnit.SECONDS);
          sendSignals(accounts, both, a, "usage-before", 80, usageBefore);

          long lockedAtKill = awaitLocksOf(postgres, lockOwnerOfB, cyclesStarted.plusSeconds(5));
          b.kill();
          Instant killedAt = Instant.now();

          // the integrations carry on against the survivor, and resend what the dead node never
          // answered
          sendSignals(accounts, List.of(a), a, "usage-after", 15, Instant.now().minusSeconds(3600));
          sendSignals(
              accounts.subList(0, ACCOUNTS / 4), List.of(a), a, "usage-before", 80, usageBefore);
          awaitQuiet(postgres, killedAt.plusMillis(LOCK_TIME_MILLIS));

          Counts counts = count(postgres, accounts, lockOwnerOfB);
          counts.print(lockedAtKill, retriedOnTheSurvivor);
          assertThat(counts.cyclesWithTheirFollowUpOnce)
              .as("cycles whose overdue timer fired once")
              .isEqualTo(ACCOUNTS);
          assertThat(counts.overdueTimersFired).as("overdue timers fired").isEqualTo(ACCOUNTS);
          assertThat(counts.overdueTimersLeft).as("overdue timers left").isZero();
          assertThat(counts.accountsEvaluatedAfterTheirLastSignal)
              .as("accounts evaluated after their last signal")
              .isEqualTo(ACCOUNTS);
          assertThat(counts.lockedByTheDeadNode)
              .as("jobs still locked by the killed node")
              .isZero();
          assertThat(counts.incidents).as("incidents").isZero();
          assertThat(counts.duplicateDecisions).as("duplicate or orphan decisions").isZero();
          assertThat(counts.duplicatePlans).as("duplicate get-well plans").isZero();
          assertThat(counts.plansWithoutOneProcess)
              .as("plans without exactly one process")
              .isZero();
          assertThat(counts.lostSignals).as("acknowledged signals not stored").isZero();
          assertThat(counts.storedSignals).isEqualTo(acknowledged.size());
          assertThat(structuredLogLine(a)).as("JSON logs").containsKeys("@timestamp", "message");
        }
      }
    }
  }

  private static Path executableJar() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      return files
          .filter(file -> file.getFileName().toString().matches("lean-success-.*-exec\\.jar"))
          .findFirst()
          .orElseThrow(
              () ->
                  new IllegalStateException(
                      "No target/lean-success-*-exec.jar: the package phase builds "
                          + "it before the integration tests (./mvnw verify)"));
    }
  }

  private static String lockOwner(ProductNode node) throws IOException {
    HttpResponse<String> health = node.health();
    String owner = JSON.readTree(health.body()).at("/components/jobs/details/lockOwner").asText();
    assertThat(owner)
        .as("the job executor's lock owner of %s: %s", node.name, health.body())
        .isNotBlank();
    return owner;
  }

  private static void createAccount(ProductNode node, String account) {
    expect(
        node.api(),
        "PUT",
        "/api/v1/accounts/" + account,
        """
        {"id": "%s", "name": "Cluster %s", "industry": "Logistics", "arrAtSigning": 100000, "arrNow": 100000,
         "renewalDate": "%s", "segments": [{"key": "emea", "kind": "GEOGRAPHY", "name": "Europe",
         "licensedUsers": 100}]}"""
            .formatted(account, account, TestData.renewalInAYear()),
        201);
  }

  private static void startCycle(ProductNode node, String account) {
    expect(node.api(), "POST", "/api/v1/accounts/" + account + "/cycles", "", 201);
  }

  /**
   * Active users of each account, a batch per {@value #ACCOUNTS_PER_BATCH} accounts, to the nodes
   * in turn; a batch a node does not answer goes to {@code survivor}, as a retrying integration's
   * would. Event ids are the account's and the reading's, so a resend is a repeat.
   */
  private void sendSignals(
      List<String> accounts,
      List<ProductNode> nodes,
      ProductNode survivor,
      String reading,
      int activeUsers,
      Instant occurredAt) {
    List<List<String>> batches = new ArrayList<>();
    for (int i = 0; i < accounts.size(); i += ACCOUNTS_PER_BATCH) {
      batches.add(accounts.subList(i, Math.min(accounts.size(), i + ACCOUNTS_PER_BATCH)));
    }
    for (int i = 0; i < batches.size(); i++) {
      List<String> batch = batches.get(i);
      String items =
          String.join(
              ",",
              batch.stream()
                  .map(
                      account ->
                          """
          {"eventId": "%s-%s", "accountId": "%s", "kind": "ACTIVE_USERS", "segmentKey": "emea", "value": %d,
           "occurredAt": "%s"}"""
                              .formatted(account, reading, account, activeUsers, occurredAt))
                  .toList());
      String body = "{\"items\": [" + items + "]}";
      HttpResponse<String> answer = trySend(nodes.get(i % nodes.size()), body);
      if (answer == null) {
        retriedOnTheSurvivor++;
        answer = trySend(survivor, body);
      }
      assertThat(answer).as("the survivor answers").isNotNull();
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
      batch.forEach(account -> acknowledged.add(account + "-" + reading));
    }
  }

  private static HttpResponse<String> trySend(ProductNode node, String body) {
    try {
      Http api = node.api();
      return api.send(
          api.request("/api/v1/signal-batches")
              .header("Content-Type", "application/json")
              .POST(BodyPublishers.ofString(body)));
    } catch (UncheckedIOException deadNode) {
      return null;
    }
  }

  /** The calls of {@code work}, the nodes in turn: half of the accounts through each. */
  private static void forEachAlternating(
      List<String> accounts,
      List<ProductNode> nodes,
      java.util.function.BiConsumer<ProductNode, String> work) {
    for (int i = 0; i < accounts.size(); i++) {
      work.accept(nodes.get(i % nodes.size()), accounts.get(i));
    }
  }

  /** Waits (a while at most) until the node holds locks on jobs, then says how many. */
  private static long awaitLocksOf(EmbeddedPostgres postgres, String lockOwner, Instant timersDue)
      throws Exception {
    for (int attempt = 0; attempt < 600; attempt++) {
      long locked =
          single(
              postgres,
              "select count(*) from act_ru_job where lock_owner_ = ? and lock_exp_time_ > now()",
              lockOwner);
      if (locked > 0 && Instant.now().isAfter(timersDue)) {
        return locked;
      }
      Thread.sleep(50);
    }
    return 0;
  }

  /**
   * Waits until the survivor has done all there is to do: no account waits for its health, no
   * overdue timer is left, no due run is on its way, and the dead node's locks have expired.
   */
  private static void awaitQuiet(EmbeddedPostgres postgres, Instant locksExpired) throws Exception {
    for (int second = 0; second < 300; second++) {
      boolean quiet =
          single(postgres, "select count(*) from ls_health_due") == 0
              && single(postgres, OVERDUE_TIMERS_LEFT) == 0
              && single(
                      postgres,
                      "select count(*) from act_ru_job where handler_type_ = 'async-continuation'")
                  == 0
              && Instant.now().isAfter(locksExpired.plusSeconds(2));
      if (quiet) {
        return;
      }
      Thread.sleep(1000);
    }
  }

  private Counts count(EmbeddedPostgres postgres, List<String> accounts, String lockOwnerOfB)
      throws Exception {
    Counts counts = new Counts();
    counts.accounts = accounts.size();
    counts.cyclesWithTheirFollowUpOnce =
        single(
            postgres,
            """
        select count(*) from (select proc_inst_id_ from act_ru_task where task_def_key_ = 'Task_FollowUpSetVision'
        group by proc_inst_id_ having count(*) = 1) once""");
    counts.overdueTimersFired =
        single(
            postgres,
            "select count(*) from act_hi_actinst where act_id_ = 'Timer_SetVisionOverdue' and end_time_ is not null");
    counts.overdueTimersLeft = single(postgres, OVERDUE_TIMERS_LEFT);
    counts.accountsEvaluatedAfterTheirLastSignal =
        single(
            postgres,
            """
        select count(*) from ls_health_state s where s.account_id like 'cluster-%' and s.evaluated_at >= (
          select max(received_at) from ls_signal g where g.account_id = s.account_id)""");
    counts.lockedByTheDeadNode =
        single(postgres, "select count(*) from act_ru_job where lock_owner_ = ?", lockOwnerOfB);
    counts.incidents = single(postgres, "select count(*) from act_ru_incident");
    counts.duplicateDecisions =
        single(
            postgres,
            """
        select count(*) from ls_decision d where d.decision_name = 'HealthEscalation'
          and (select count(*) from ls_health_evaluation h where h.decision_id = d.id) <> 1""");
    counts.escalations =
        single(postgres, "select count(*) from ls_health_evaluation where outcome = 'ESCALATED'");
    counts.plans = single(postgres, "select count(*) from ls_get_well_plan");
    counts.duplicatePlans =
        single(
            postgres,
            "select count(*) from (select account_id from ls_get_well_plan group by account_id having count(*) > 1) twice");
    counts.plansWithoutOneProcess =
        single(
            postgres,
            """
        select count(*) from ls_get_well_plan p where (select count(*) from act_hi_procinst i
          where i.proc_def_key_ = 'GetWellPlanProcess' and i.business_key_ = p.account_id) <> 1""");
    counts.storedSignals =
        single(postgres, "select count(*) from ls_signal where account_id like 'cluster-%'");
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        var statement =
            connection.prepareStatement(
                "select id from ls_signal where account_id like 'cluster-%'");
        var rows = statement.executeQuery()) {
      Set<String> stored = new java.util.HashSet<>();
      while (rows.next()) {
        stored.add(rows.getString(1));
      }
      counts.lostSignals = acknowledged.stream().filter(id -> !stored.contains(id)).count();
    }
    counts.instances = single(postgres, "select count(*) from act_hi_procinst");
    counts.jobsExecuted =
        single(postgres, "select count(*) from act_hi_job_log where job_state_ = 2");
    counts.jobsFailed =
        single(postgres, "select count(*) from act_hi_job_log where job_state_ = 1");
    return counts;
  }

  private static long single(EmbeddedPostgres postgres, String sql, Object... parameters)
      throws SQLException {
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        var statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (var rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> structuredLogLine(ProductNode node) throws IOException {
    try (Stream<String> lines = Files.lines(node.log)) {
      String line = lines.filter(text -> text.startsWith("{")).findFirst().orElseThrow();
      return JSON.readValue(line, Map.class);
    }
  }

  private static void expect(Http http, String method, String path, String json, int status) {
    HttpResponse<String> response =
        http.send(
            http.request(path)
                .header("Content-Type", "application/json")
                .method(
                    method,
                    json.isEmpty() ? BodyPublishers.noBody() : BodyPublishers.ofString(json)));
    assertThat(response.statusCode())
        .as("%s %s: %s", method, path, response.body())
        .isEqualTo(status);
  }

  private static final class Counts {
    long accounts;
    long instances;
    long jobsExecuted;
    long jobsFailed;
    long cyclesWithTheirFollowUpOnce;
    long overdueTimersFired;
    long overdueTimersLeft;
    long accountsEvaluatedAfterTheirLastSignal;
    long lockedByTheDeadNode;
    long incidents;
    long duplicateDecisions;
    long escalations;
    long plans;
    long duplicatePlans;
    long plansWithoutOneProcess;
    long storedSignals;
    long lostSignals;

    void print(long lockedAtKill, int retried) {
      System.out.printf(
          """
          ==== Cluster proof: 2 nodes on one PostgreSQL, 1 killed with SIGKILL ====
          accounts: %d, process instances: %d, jobs executed: %d (failed attempts: %d)
          kills: 1, jobs locked by the killed node at the kill: %d, still locked after its lock time: %d
          cycles whose overdue timer fired exactly once: %d, overdue timers fired: %d, left: %d
          accounts evaluated after their last signal: %d, escalations: %d, get-well plans: %d
          signal batches resent to the survivor: %d, signals stored: %d
          incidents: %d, duplicates: %d (decisions %d, plans %d, plan processes %d), lost: %d
          ==========================================================================
          """,
          accounts,
          instances,
          jobsExecuted,
          jobsFailed,
          lockedAtKill,
          lockedByTheDeadNode,
          cyclesWithTheirFollowUpOnce,
          overdueTimersFired,
          overdueTimersLeft,
          accountsEvaluatedAfterTheirLastSignal,
          escalations,
          plans,
          retried,
          storedSignals,
          incidents,
          duplicateDecisions + duplicatePlans + plansWithoutOneProcess,
          duplicateDecisions,
          duplicatePlans,
          plansWithoutOneProcess,
          lostSignals);
    }
  }
}
