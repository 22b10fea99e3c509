package io.leansuccess.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.leansuccess.account.Account;
import io.leansuccess.account.AccountRepository;
import io.leansuccess.account.Ownership;
import io.leansuccess.account.Segment;
import io.leansuccess.account.SegmentKind;
import io.leansuccess.engine.DemoTeams;
import io.leansuccess.signal.Signal;
import io.leansuccess.signal.SignalKind;
import io.leansuccess.signal.SignalService;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import io.leansuccess.support.ShippedRules;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What-if on a seeded portfolio: a team would escalate amber accounts 180 days before renewal
 * instead of 120. The answer names exactly the accounts that would escalate, why, and the threshold
 * that made it so, and the database is the same afterwards.
 */
@LeanSuccessIntegrationTest
class RuleSimulationIT {

  static final Instant NOW = Instant.parse("2026-10-01T08:00:00Z");
  static final String HEALTH = "rules/HealthEscalation.drl";
  static final String RENEWAL_RULE = "Escalate: amber with the renewal close";

  @LocalServerPort int port;
  @Autowired AccountRepository accounts;
  @Autowired SignalService signals;
  @Autowired JdbcTemplate jdbc;

  private final ObjectMapper json = new ObjectMapper();
  private final String prefix = "whatif-" + UUID.randomUUID().toString().substring(0, 8);
  private ApiClient author;

  @BeforeEach
  void seedAPortfolioAtAFixedTime() {
    ClockUtil.setCurrentTime(Date.from(NOW));
    author = new ApiClient(port).as("demo.author", "demo");
    seed("green", LocalDate.of(2027, 2, 28), "50");
    seed("amber-renewal-100", LocalDate.of(2027, 1, 9), "-5");
    seed("amber-renewal-150", LocalDate.of(2027, 2, 28), "-5");
    seed("amber-renewal-180", LocalDate.of(2027, 3, 30), "-5");
    seed("amber-renewal-181", LocalDate.of(2027, 3, 31), "-5");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void shouldAnswerExactlyWhichAccountsAStricterEscalationWouldEscalateAndChangeNothing() {
    Map<String, String> before = checksums();

    var created =
        author.post(
            "/api/v1/rules/simulations",
            request(
                ShippedRules.withDefault("HealthEscalation", "renewalDaysForEscalation", "180")));

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(checksums())
        .as("our tables and Camunda's runtime tables, row counts and contents")
        .isEqualTo(before);
    JsonNode simulation = created.json();
    assertThat(created.header("Location"))
        .endsWith("/api/v1/rules/simulations/" + simulation.path("simulationId").asText());
    JsonNode summary = simulation.path("summary");
    assertThat(summary.path("accountsEvaluated").asInt()).isEqualTo(5);
    assertThat(summary.path("changed").asInt()).isEqualTo(2);
    assertThat(texts(summary.path("headlines")))
        .containsExactly(
            "2 accounts go from AMBER to AMBER (a get-well plan opens)",
            "A get-well plan opens for 2 accounts");
    JsonNode health = summary.path("decisions").path(0);
    assertThat(health.path("decisionName").asText()).isEqualTo("HealthEscalation");
    assertThat(health.path("evaluated").asInt()).isEqualTo(5);
    assertThat(health.path("thresholdChanges").toString())
        .isEqualTo(
            "[{\"policy\":\"HealthPolicy\",\"field\":\"renewalDaysForEscalation\",\"deployed\":120,\"candidate\":180}]");
    JsonNode differences = simulation.path("differences");
    assertThat(differences.path("total").asInt()).isEqualTo(2);
    assertThat(differences.path("items").findValuesAsText("accountId"))
        .containsExactly(prefix + "-amber-renewal-150", prefix + "-amber-renewal-180");
    for (JsonNode difference : differences.path("items")) {
      assertThat(difference.path("from").asText()).isEqualTo("AMBER");
      assertThat(difference.path("to").asText()).isEqualTo("AMBER (a get-well plan opens)");
      assertThat(texts(difference.path("rulesNowFiring"))).containsExactly(RENEWAL_RULE);
      assertThat(texts(difference.path("rulesNoLongerFiring"))).isEmpty();
      assertThat(difference.at("/thresholdChanges/0/candidate").asInt()).isEqualTo(180);
    }
  }

  @Test
  void shouldPageTheDifferencesAndShowThemToACsLeaderOnAPage() {
    String id = simulateALongerRenewalWindow();

    JsonNode second = author.get("/api/v1/rules/simulations/" + id + "?limit=1&offset=1").json();
    String page =
        new ApiClient(port).as("demo.manager", "demo").get("/pages/rules/simulations/" + id).body();

    assertThat(second.at("/summary/changed").asInt()).isEqualTo(2);
    assertThat(second.at("/differences/items").size()).isOne();
    assertThat(second.at("/differences/items/0/accountId").asText())
        .isEqualTo(prefix + "-amber-renewal-180");
    assertThat(page)
        .contains(
            "2 accounts go from AMBER to AMBER (a get-well plan opens)",
            "Acme " + prefix + "-amber-renewal-150",
            "+ " + RENEWAL_RULE,
            "renewalDaysForEscalation 120 → 180");
    assertThat(
            new ApiClient(port)
                .as("demo.author", "demo")
                .get("/pages/rules/simulations/" + id)
                .status())
        .isEqualTo(200);
    assertThat(
            author
                .get("/api/v1/rules/simulations/no-such-simulation")
                .problem(404)
                .path("detail")
                .asText())
        .contains("no-such-simulation");
  }

  @Test
  void shouldListOnTheSimulationPageOnlyTheDifferencesOfTheReadersTeams() {
    String emea = prefix + "-amber-renewal-150";
    String americas = prefix + "-amber-renewal-180";
    accounts.assign(emea, new Ownership(DemoTeams.ENTERPRISE_EMEA, "demo.csm"));
    accounts.assign(americas, new Ownership(DemoTeams.GROWTH_AMERICAS, DemoTeams.OTHER_CSM));
    String id = simulateALongerRenewalWindow();
    String path = "/pages/rules/simulations/" + id;

    String emeaCsm = new ApiClient(port).as("demo.csm", "demo").get(path).body();
    String americasCsm = new ApiClient(port).as(DemoTeams.OTHER_CSM, "demo").get(path).body();
    String ruleAuthor = author.get(path).body();

    assertThat(emeaCsm).contains("data-account=\"" + emea + "\"").doesNotContain(americas);
    assertThat(americasCsm).contains("data-account=\"" + americas + "\"").doesNotContain(emea);
    assertThat(ruleAuthor).contains(emea, americas);
  }

  @Test
  void shouldAnswer400WithLineAndColumnWhenACandidateDoesNotCompile() {
    Map<String, String> before = checksums();
    String broken =
        """
        package probe;

        rule "Broken"
        when
            String(this = = "a")
        then
        end
        """;

    JsonNode problem = author.post("/api/v1/rules/simulations", request(broken)).problem(400);

    JsonNode error = problem.path("errors").path(0);
    assertThat(error.path("field").asText()).isEqualTo("files[\"" + HEALTH + "\"]");
    assertThat(error.path("line").asInt()).isEqualTo(5);
    assertThat(error.path("column").asInt()).isEqualTo(16);
    assertThat(error.path("message").asText()).contains("mismatched input '='");
    assertThat(
            author
                .post(
                    "/api/v1/rules/simulations",
                    "{\"files\": {\"rules/Unknown.drl\": \"package x;\"}}")
                .problem(400)
                .path("errors")
                .path(0)
                .path("message")
                .asText())
        .contains("rules/HealthEscalation.drl");
    assertThat(checksums()).isEqualTo(before);
  }

  @Test
  void shouldLetOnlyRuleAuthorsAndAdminsSimulate() {
    String body = request(ShippedRules.text("HealthEscalation"));

    assertThat(
            new ApiClient(port)
                .as("demo.csm", "demo")
                .post("/api/v1/rules/simulations", body)
                .problem(403))
        .isNotNull();
    assertThat(
            new ApiClient(port)
                .as("demo.integration", "demo")
                .post("/api/v1/rules/simulations", body)
                .problem(403))
        .isNotNull();
    assertThat(
            new ApiClient(port)
                .as("demo.manager", "demo")
                .post("/api/v1/rules/simulations", body)
                .problem(403))
        .isNotNull();
    var admin = new ApiClient(port).as("admin", "admin").post("/api/v1/rules/simulations", body);
    assertThat(admin.status()).isEqualTo(201);
    assertThat(admin.json().at("/summary/headlines/0").asText())
        .isEqualTo("Nothing would be decided differently");
  }

  private String simulateALongerRenewalWindow() {
    return author
        .post(
            "/api/v1/rules/simulations",
            request(
                ShippedRules.withDefault("HealthEscalation", "renewalDaysForEscalation", "180")))
        .json()
        .path("simulationId")
        .asText();
  }

  private String request(String healthDrl) {
    var body = new LinkedHashMap<String, Object>();
    body.put("files", Map.of(HEALTH, healthDrl));
    body.put(
        "accounts",
        List.of(
                "green",
                "amber-renewal-100",
                "amber-renewal-150",
                "amber-renewal-180",
                "amber-renewal-181")
            .stream()
            .map(name -> prefix + "-" + name)
            .toList());
    try {
      return json.writeValueAsString(body);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private void seed(String name, LocalDate renewal, String nps) {
    String id = prefix + "-" + name;
    accounts.insert(
        new Account(
            id,
            "Acme " + id,
            "Manufacturing",
            new BigDecimal("100000"),
            new BigDecimal("100000"),
            renewal,
            List.of(new Segment("emea", SegmentKind.GEOGRAPHY, "Europe", 100))));
    signals.receiveAll(
        List.of(
            new Signal(
                "evt-" + UUID.randomUUID(),
                id,
                SignalKind.NPS,
                null,
                new BigDecimal(nps),
                NOW.minus(Duration.ofDays(1)),
                null,
                null)));
  }

  /** Row count and an MD5 of the contents of each of our tables and of Camunda's runtime tables. */
  private Map<String, String> checksums() {
    Map<String, String> sums = new LinkedHashMap<>();
    for (String table :
        jdbc.queryForList(
            """
        select table_name from information_schema.tables
        where table_schema = current_schema() and (table_name like 'ls\\_%' or table_name like 'act\\_ru\\_%')
        order by table_name""",
            String.class)) {
      sums.put(
          table,
          jdbc.queryForObject(
              "select count(*) || ':' || coalesce(md5(string_agg(md5(t::text), ',' "
                  + "order by md5(t::text))), '') from "
                  + table
                  + " t",
              String.class));
    }
    assertThat(sums)
        .containsKeys(
            "ls_decision", "ls_health_state", "ls_signal", "act_ru_execution", "act_ru_job");
    return sums;
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }
}
