package io.leansuccess.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.leansuccess.getwell.GetWellPlanProcess;
import io.leansuccess.support.HealthRuns;
import io.leansuccess.support.Http;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import io.leansuccess.support.PlanStarts;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Integrations storm the API while the due health runs evaluate what they sent, on PostgreSQL: 8
 * threads send 2,000 signals for 50 accounts, single and in batches, a fifth of them repeats racing
 * their original from another thread. Meanwhile three due runs, each on a thread of its own, fire
 * the real rules over overlapping accounts and start get-well plans by message correlation. Every
 * event is stored once, nothing is answered with an error, and every failing account ends with
 * exactly one plan, the healthy ones with none.
 */
@LeanSuccessIntegrationTest
class SignalStormIT {

  private static final int ACCOUNTS = 50;
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired HealthRuns runs;
  @Autowired RuntimeService runtime;
  @Autowired ProcessEngine engine;
  @Autowired JdbcClient jdbc;

  // "zz" sorts after the other tests' accounts and before the "zzz" of the health process tests,
  // so the due runs here see only these accounts
  private final String prefix = HealthSignals.freshId("zz-storm");
  private final List<String> accountIds =
      IntStream.range(0, ACCOUNTS).mapToObj(i -> prefix + "-%02d".formatted(i)).toList();

  @AfterEach
  void endThePlans() {
    runtime
        .createProcessInstanceQuery()
        .processInstanceBusinessKeyLike(prefix + "%")
        .list()
        .forEach(
            instance -> runtime.deleteProcessInstance(instance.getId(), "SignalStormIT is done"));
  }

  @Test
  void shouldStoreEachEventOnceAndOpenOnePlanPerFailingAccountWhenSignalsAndEvaluationsRace()
      throws Exception {
    Http crm = Http.as(port, "demo.csm", "demo");
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    accountIds.forEach(
        id -> createAccount(crm, id, LocalDate.ofInstant(now, ZoneOffset.UTC).plusYears(1)));
    Instant first = now.minus(Duration.ofDays(2));
    var storm =
        new SignalStorm(
            accountIds,
            (id, nth) ->
                (staysHealthy(id) ? risingUsage(nth) : fallingAway(nth))
                    .put("occurredAt", first.plus(Duration.ofHours(nth)).toString()),
            new Random(4));
    // two runs over the same chunks at the same moments, a third from the middle in other chunks
    List<SignalStorm.Evaluation> dueRuns =
        List.of(dueRun(prefix, 8), dueRun(prefix, 8), dueRun(accountIds.get(ACCOUNTS / 2 - 1), 5));

    SignalStorm.Answers answers = storm.send(crm, dueRuns);
    long plansDuringTheStorm = plansByAccount().size();
    for (int run = 0; run < 5 && dueMarks() > 0; run++) {
      runs.evaluateDue(prefix, 25);
    }

    assertThat(answers.failures())
        .as("answers other than 2xx, items not taken, failed evaluations")
        .isEmpty();
    assertThat(answers.stored())
        .as("each event answered as stored exactly once")
        .hasSize(storm.eventIds().size())
        .containsExactlyInAnyOrderElementsOf(storm.eventIds());
    assertThat(answers.repeated())
        .as("the other deliveries answered as repeats")
        .hasSize(storm.deliveries() - storm.eventIds().size());
    assertThat(storedEventIds())
        .as("each event stored once")
        .hasSize(storm.eventIds().size())
        .containsExactlyInAnyOrderElementsOf(storm.eventIds());
    assertThat(answers.evaluatedMeanwhile())
        .as("accounts evaluated while the signals arrived")
        .isPositive();
    assertThat(plansDuringTheStorm)
        .as("accounts whose plan started while the signals arrived")
        .isPositive();
    assertThat(dueMarks()).as("every account evaluated after its last signal").isZero();
    assertThat(healthByAccount()).isEqualTo(expected("RED escalated", "GREEN"));
    assertThat(plansByAccount())
        .as("plans and open plans")
        .isEqualTo(expected("1 plan, 1 open", null));
    // each plan's instance is created by a job of its own, which the job executor would run now
    plansByAccount().keySet().forEach(accountId -> PlanStarts.createInstances(engine, accountId));
    assertThat(planProcessesByAccount()).isEqualTo(expected("1 running", null));
  }

  private SignalStorm.Evaluation dueRun(String afterAccountId, int chunkSize) {
    return () -> {
      var run = runs.startDue(afterAccountId, chunkSize);
      return () -> runs.finishDue(run);
    };
  }

  /** Every fifth account keeps rising usage; the others fall far below their licences. */
  private boolean staysHealthy(String accountId) {
    return accountIds.indexOf(accountId) % 5 == 0;
  }

  /**
   * Unanswered mail, falling feature use and how-to tickets first, then usage far below the
   * licences: most accounts have been evaluated before they turn red, so runs that evaluate an
   * account at the same moment both see it turn red.
   */
  private static ObjectNode fallingAway(int nth) {
    ObjectNode signal = JSON.createObjectNode();
    return switch (nth % 4) {
      case 0 -> signal.put("kind", "COMMUNICATION_SENT").put("detail", "newsletter-" + nth);
      case 1 ->
          signal.put("kind", "FEATURE_USAGE").put("detail", "reports").put("value", 400 - 10 * nth);
      case 2 ->
          signal
              .put("kind", "SUPPORT_TICKET_OPENED")
              .put("category", "HOW_TO")
              .put("detail", "T-" + nth);
      default ->
          signal.put("kind", "ACTIVE_USERS").put("segmentKey", "emea").put("value", 19 - nth / 4);
    };
  }

  /** Usage and feature use that only rise, and a good survey: green in any order of arrival. */
  private static ObjectNode risingUsage(int nth) {
    ObjectNode signal = JSON.createObjectNode();
    return switch (nth % 3) {
      case 0 -> signal.put("kind", "ACTIVE_USERS").put("segmentKey", "emea").put("value", 60 + nth);
      case 1 ->
          signal.put("kind", "FEATURE_USAGE").put("detail", "reports").put("value", 300 + 10 * nth);
      default -> signal.put("kind", "NPS").put("value", 30);
    };
  }

  /**
   * What each account should show: failing ones one thing, healthy ones another (null: nothing at
   * all).
   */
  private Map<String, String> expected(String failing, String healthy) {
    Map<String, String> expected = new TreeMap<>();
    accountIds.forEach(
        id -> {
          String value = staysHealthy(id) ? healthy : failing;
          if (value != null) {
            expected.put(id, value);
          }
        });
    return expected;
  }

  private void createAccount(Http crm, String id, LocalDate renewal) {
    var account =
        Map.of(
            "id",
            id,
            "name",
            "Storm " + id,
            "industry",
            "Logistics",
            "arrAtSigning",
            100000,
            "arrNow",
            100000,
            "renewalDate",
            renewal.toString(),
            "segments",
            List.of(
                Map.of(
                    "key", "emea", "kind", "GEOGRAPHY", "name", "Europe", "licensedUsers", 100)));
    var response =
        crm.send(
            crm.request("/api/v1/accounts/" + id)
                .header("Content-Type", "application/json")
                .PUT(BodyPublishers.ofString(JSON.valueToTree(account).toString())));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
  }

  private List<String> storedEventIds() {
    return jdbc.sql("select id from ls_signal where account_id like ?")
        .param(prefix + "%")
        .query(String.class)
        .list();
  }

  private long dueMarks() {
    return jdbc.sql("select count(*) from ls_health_due where account_id like ?")
        .param(prefix + "%")
        .query(Long.class)
        .single();
  }

  private Map<String, String> healthByAccount() {
    return jdbc
        .sql("select account_id, colour, escalated from ls_health_state where account_id like ?")
        .param(prefix + "%")
        .query(
            (row, n) ->
                Map.entry(
                    row.getString("account_id"),
                    row.getString("colour") + (row.getBoolean("escalated") ? " escalated" : "")))
        .list()
        .stream()
        .collect(
            Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
  }

  private Map<String, String> plansByAccount() {
    return jdbc
        .sql(
            """
            select account_id, count(*) as plans, count(open_account_id) as open from ls_get_well_plan
            where account_id like ? group by account_id""")
        .param(prefix + "%")
        .query(
            (row, n) ->
                Map.entry(
                    row.getString("account_id"),
                    row.getInt("plans")
                        + " plan"
                        + (row.getInt("plans") == 1 ? "" : "s")
                        + ", "
                        + row.getInt("open")
                        + " open"))
        .list()
        .stream()
        .collect(
            Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
  }

  private Map<String, String> planProcessesByAccount() {
    return runtime
        .createProcessInstanceQuery()
        .processDefinitionKey(GetWellPlanProcess.KEY)
        .processInstanceBusinessKeyLike(prefix + "%")
        .list()
        .stream()
        .collect(
            Collectors.groupingBy(
                ProcessInstance::getBusinessKey, TreeMap::new, Collectors.counting()))
        .entrySet()
        .stream()
        .collect(
            Collectors.toMap(
                Map.Entry::getKey,
                entry -> entry.getValue() + " running",
                (a, b) -> a,
                TreeMap::new));
  }
}
