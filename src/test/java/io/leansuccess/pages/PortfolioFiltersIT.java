package io.leansuccess.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.leansuccess.account.Account;
import io.leansuccess.account.AccountRepository;
import io.leansuccess.account.Ownership;
import io.leansuccess.cycle.CycleService;
import io.leansuccess.signal.Signal;
import io.leansuccess.signal.SignalKind;
import io.leansuccess.signal.SignalService;
import io.leansuccess.support.HealthRuns;
import io.leansuccess.support.Http;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import io.leansuccess.support.TestData;
import io.leansuccess.support.TestTeam;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The portfolio as a CS leader narrows it: by team, CSM, stage, health, maturity and renewal,
 * sorted and paged by the URL, its charts counting what the filter lets through; a bad value
 * answers a 400 page naming the parameter.
 */
@LeanSuccessIntegrationTest
class PortfolioFiltersIT {

  private static final Pattern ROW = Pattern.compile("data-account=\"([^\"]+)\"");
  private static final Pattern CHART =
      Pattern.compile("id=\"(\\w+)\" [^>]*data-chart=\"([^\"]+)\"");

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired AccountRepository accounts;
  @Autowired CycleService cycles;
  @Autowired SignalService signals;
  @Autowired HealthRuns health;

  private final ObjectMapper json = new ObjectMapper();
  // after every other test's accounts, so that the health run here evaluates only these
  private final String prefix = "zzzz-portfolio-" + UUID.randomUUID().toString().substring(0, 8);
  private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
  private TestTeam team;
  private Http csm;
  private String alpha;
  private String bravo;
  private String charlie;

  /**
   * Alpha renews soon, in its first cycle, green; Bravo amber, another CSM's; Charlie untouched.
   */
  @BeforeEach
  void givenThreeAccountsOfATeam() {
    team = TestTeam.create(identity, "filters");
    csm = team.asCsm(port);
    alpha = account("alpha", "Alpha Mining", today.plusDays(30), team.csm());
    bravo = account("bravo", "Bravo Retail", today.plusDays(200), team.otherCsm());
    charlie = account("charlie", "Charlie Health", today.plusDays(400), team.csm());
    cycles.start(alpha);
    nps(alpha, "50");
    nps(bravo, "-5");
    health.evaluateDue(prefix, 10);
  }

  @Test
  void shouldFilterByEachFacetAndCountTheFilteredSetInTheCharts() {
    assertThat(rows("")).containsExactly(alpha, bravo, charlie);
    assertThat(rows("?health=AMBER")).containsExactly(bravo);
    assertThat(rows("?health=green")).containsExactly(alpha);
    assertThat(rows("?health=NOT_EVALUATED")).containsExactly(charlie);
    assertThat(rows("?stage=ENVISION")).containsExactly(alpha);
    assertThat(rows("?stage=NO_CYCLE")).containsExactly(bravo, charlie);
    assertThat(rows("?renewalWithin=60")).containsExactly(alpha);
    assertThat(rows("?renewalWithin=365")).containsExactly(alpha, bravo);
    assertThat(rows("?csm=" + team.otherCsm())).containsExactly(bravo);
    assertThat(rows("?team=" + team.id())).containsExactly(alpha, bravo, charlie);
    assertThat(rows("?maturity=1")).containsExactly(alpha, bravo, charlie);
    assertThat(rows("?maturity=2")).isEmpty();
    assertThat(rows("?q=RETAIL")).containsExactly(bravo);
    assertThat(rows("?stage=NO_CYCLE&renewalWithin=365")).containsExactly(bravo);

    // a page of one: the charts count the whole filtered set, not the page
    String body = csm.get("/pages/portfolio?stage=NO_CYCLE&size=1").body();
    JsonNode byHealth = chart(body, "health");
    assertThat(labels(byHealth)).containsExactly("RED", "AMBER", "GREEN", "NOT_EVALUATED");
    assertThat(values(byHealth)).containsExactly(0, 1, 0, 1);
    JsonNode byStage = chart(body, "stages");
    assertThat(values(byStage).get(labels(byStage).indexOf("NO_CYCLE"))).isEqualTo(2);
    assertThat(values(byStage).get(labels(byStage).indexOf("ENVISION"))).isZero();
    assertThat(body).contains("2 accounts");
  }

  @Test
  void shouldDrawTheHealthBarsInTheHealthColours() {
    JsonNode byHealth = chart(csm.get("/pages/portfolio").body(), "health");

    assertThat(byHealth.at("/datasets/0/colours"))
        .extracting(JsonNode::asText)
        .containsExactly("#b42318", "#d97706", "#1f9d55", "#8c96a5");
  }

  @Test
  void shouldSortAndPageByTheUrl() {
    assertThat(rows("?sort=renewal&direction=desc")).containsExactly(charlie, bravo, alpha);
    assertThat(rows("?sort=health")).containsExactly(bravo, alpha, charlie);
    assertThat(rows("?sort=stage&direction=desc")).first().isEqualTo(alpha);

    String first = csm.get("/pages/portfolio?sort=name&size=2").body();
    assertThat(ids(first)).containsExactly(alpha, bravo);
    assertThat(first).contains("3 accounts", "href=\"/pages/portfolio?page=2&amp;size=2\"");
    assertThat(ids(csm.get("/pages/portfolio?size=2&page=2").body())).containsExactly(charlie);
    assertThat(ids(csm.get("/pages/portfolio?size=2&page=9").body())).isEmpty();
  }

  @Test
  void shouldAnswerABadFilterValueWithA400PageNamingTheParameter() {
    assertBadFilter("?health=PURPLE", "health", "must be one of RED, AMBER, GREEN, NOT_EVALUATED");
    assertBadFilter("?stage=DONE", "stage", "must be one of NO_CYCLE, LAUNCH, ENVISION");
    assertBadFilter("?maturity=6", "maturity", "must be a whole number from 1 to 5");
    assertBadFilter("?renewalWithin=soon", "renewalWithin", "must be a whole number from 0");
    assertBadFilter("?page=0", "page", "must be a whole number from 1");
    assertBadFilter("?size=1000", "size", "must be a whole number from 1 to 200");
    assertBadFilter("?sort=colour", "sort", "must be one of name, renewal, health");
    assertBadFilter("?direction=up", "direction", "must be asc or desc");
    assertBadFilter("?colour=RED", "colour", "is no filter of the portfolio");
    assertBadFilter("?team=team-enterprise-emea", "team", "is not a team of the accounts you see");
    assertBadFilter("?csm=demo.csm", "csm", "is not the CSM of an account you see");
    assertBadFilter("?q=" + "x".repeat(65), "q", "is longer than 64 characters");
  }

  private void assertBadFilter(String query, String parameter, String message) {
    HttpResponse<String> page = csm.get("/pages/portfolio" + query);
    assertThat(page.statusCode()).as(query).isEqualTo(400);
    assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(page.body())
        .as(query)
        .contains("<code class=\"parameter\">" + parameter + "</code>", message)
        .doesNotContain("Exception", "at io.", "select ", "Whitelabel");
  }

  private List<String> rows(String query) {
    HttpResponse<String> page = csm.get("/pages/portfolio" + query);
    assertThat(page.statusCode()).as(query + ": " + page.body()).isEqualTo(200);
    return ids(page.body());
  }

  private static List<String> ids(String body) {
    List<String> ids = new ArrayList<>();
    Matcher row = ROW.matcher(body);
    while (row.find()) {
      ids.add(row.group(1));
    }
    return ids;
  }

  private JsonNode chart(String body, String id) {
    Matcher chart = CHART.matcher(body);
    while (chart.find()) {
      if (chart.group(1).equals(id)) {
        try {
          return json.readTree(chart.group(2).replace("&quot;", "\"").replace("&amp;", "&"));
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }
    }
    throw new AssertionError("no chart " + id);
  }

  private static List<String> labels(JsonNode chart) {
    List<String> labels = new ArrayList<>();
    chart.path("labels").forEach(label -> labels.add(label.asText()));
    return labels;
  }

  private static List<Integer> values(JsonNode chart) {
    List<Integer> values = new ArrayList<>();
    chart.at("/datasets/0/data").forEach(value -> values.add(value.asInt()));
    return values;
  }

  private String account(String key, String name, LocalDate renewal, String owner) {
    String id = prefix + "-" + key;
    accounts.insert(
        new Account(
            id,
            name,
            "Mining",
            new BigDecimal("90000"),
            new BigDecimal("90000"),
            renewal,
            List.of(TestData.segment("emea", 100))));
    accounts.assign(id, new Ownership(team.id(), owner));
    return id;
  }

  private void nps(String accountId, String value) {
    signals.receiveAll(
        List.of(
            new Signal(
                "evt-" + UUID.randomUUID(),
                accountId,
                SignalKind.NPS,
                null,
                new BigDecimal(value),
                Instant.now().minus(Duration.ofHours(1)),
                null,
                null)));
  }
}
