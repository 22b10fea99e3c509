package io.leansuccess.teamreview;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansuccess.account.AccountRepository;
import io.leansuccess.cycle.CycleService;
import io.leansuccess.cycle.Quarter;
import io.leansuccess.support.Http;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import io.leansuccess.support.SqlStatements;
import io.leansuccess.support.TestData;
import io.leansuccess.teamreview.TeamTerritories.Territory;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The team's quarterly review as its manager and its CSMs open it, what it shows from live data,
 * who may not open it, and what it costs the database.
 */
@LeanSuccessIntegrationTest
class TeamReviewPageIT {

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired AccountRepository accounts;
  @Autowired TestData data;
  @Autowired CycleService cycles;
  @Autowired TaskService tasks;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;
  @Autowired SqlStatements sql;
  TeamTerritories territories;

  @BeforeEach
  void territories() {
    territories = new TeamTerritories(identity, accounts, data, cycles, tasks, jdbc, clock);
  }

  @Test
  void shouldShowTheManagerTheFourSectionsOfTheirTeamFromLiveData() {
    Territory team = territories.withAccounts(3);
    Territory other = territories.withAccounts(1);

    HttpResponse<String> page =
        as(team.manager()).get(review(team) + "?account=" + team.accounts().get(0).id());

    assertThat(page.statusCode()).isEqualTo(200);
    String body = page.body();
    assertThat(body)
        .contains(
            "id=\"deep-dive\"",
            "id=\"achievements\"",
            "id=\"challenges\"",
            "id=\"revenue\"",
            "Quarterly review: Équipe Nordics &amp; Baltics – Øresund Region",
            Quarter.of(clock.instant()).toString())
        // long unicode names, escaped as text
        .contains("Ørsted Vindkraft &amp; Søn &lt;Nordic&gt; „Aktieselskab“ 株式会社")
        .doesNotContain("<Nordic>")
        // the deep dive: the picked account's vision, its health with its warning sign and trend
        .contains(
            "Chaque parc éolien planifie dans l&#39;outil – 2030 ready",
            "Cut turbine downtime: Downtime below 2 %")
        .contains(
            "Active users below 40% of licences (31 of 150) – Øresund",
            "aria-label=\"Health of the deep dive")
        // achievements: the adopted use case with its KPI before and after, the promotion, the
        // story
        .contains("Month-end close in three days – Ωmega rollout 0", "Weekly active users (users)")
        .contains("Europe – Øresund: level 1 to 2")
        // challenges: amber and red accounts, the use case iterating, the overdue step
        .contains("Predictive maintenance – Turbinen-Überwachung 1", "ITERATE", "Set the vision")
        // revenue: the renewals, ARR at signing and now, expansions and contractions
        .contains("360,000.00", "365,000.00", "+30,000.00", "-25,000.00");
    team.accounts().forEach(account -> assertThat(body).contains(account.id()));
    assertThat(body).doesNotContain(other.accounts().get(0).id());
    assertThat(body.split("data-chart=\"", -1)).hasSize(6);
  }

  @Test
  void shouldShowACsmOnlyTheAccountsTheyOwnWhenTheyAskForTheirOwnReview() {
    Territory team = territories.withAccounts(4);
    String csm = team.csms().get(1);

    String body = as(csm).get(review(team) + "?csm=" + csm).body();

    assertThat(body).contains(team.accounts().get(1).id(), team.accounts().get(3).id());
    assertThat(body).doesNotContain(team.accounts().get(0).id(), team.accounts().get(2).id());
  }

  @Test
  void shouldAnswerNotFoundForAnotherTeamsReviewItsCsmAndItsAccount() {
    Territory team = territories.withAccounts(1);
    Territory other = territories.withAccounts(1);

    assertThat(as(other.csms().get(0)).get(review(team)).statusCode()).isEqualTo(404);
    assertThat(as(other.manager()).get(review(team)).statusCode()).isEqualTo(404);
    assertThat(as(team.manager()).get(review(team) + "?csm=" + other.csms().get(0)).statusCode())
        .isEqualTo(404);
    assertThat(
            as(team.manager())
                .get(review(team) + "?account=" + other.accounts().get(0).id())
                .statusCode())
        .isEqualTo(404);
    assertThat(as(team.manager()).get("/pages/teams/team-nobody-has/review").statusCode())
        .isEqualTo(404);
    assertThat(Http.as(port, "admin", "admin").get(review(team)).statusCode()).isEqualTo(200);
  }

  @Test
  void shouldRefuseAQuarterOrRenewalWindowItCannotRead() {
    Territory team = territories.withAccounts(1);

    HttpResponse<String> quarter = as(team.manager()).get(review(team) + "?quarter=2027-Q5");
    HttpResponse<String> window = as(team.manager()).get(review(team) + "?renewalDays=0");

    assertThat(quarter.statusCode()).isEqualTo(400);
    assertThat(window.statusCode()).isEqualTo(400);
    assertThat(quarter.body() + window.body()).doesNotContain("Exception", "at io.leansuccess");
  }

  @Test
  void shouldLeadFromTheNavigationToTheReviewOfOnesTeam() {
    Territory team = territories.withAccounts(1);

    HttpResponse<String> teams = as(team.csms().get(0)).get("/pages/team-review");

    assertThat(teams.statusCode()).isEqualTo(302);
    assertThat(teams.headers().firstValue("Location").orElseThrow()).endsWith(review(team));
    assertThat(as(team.manager()).get("/pages/portfolio").body())
        .contains("href=\"/pages/team-review\"");
    HttpResponse<String> admin = Http.as(port, "admin", "admin").get("/pages/team-review");
    assertThat(admin.statusCode()).isEqualTo(200);
    assertThat(admin.body())
        .contains("Équipe Nordics &amp; Baltics – Øresund Region", review(team) + "\"");
  }

  @Test
  void shouldCostTheSameStatementsWhateverTheNumberOfAccounts() {
    Territory small = territories.withAccounts(3);
    Territory large = territories.withAccounts(12);
    String smallPage = review(small) + "?account=" + small.accounts().get(0).id();
    String largePage = review(large) + "?account=" + large.accounts().get(0).id();
    as(small.manager()).get(smallPage);
    as(large.manager()).get(largePage);

    SqlStatements.Count forSmall =
        sql.during(
            () -> {
              assertThat(as(small.manager()).get(smallPage).statusCode()).isEqualTo(200);
            });
    SqlStatements.Count forLarge =
        sql.during(
            () -> {
              assertThat(as(large.manager()).get(largePage).statusCode()).isEqualTo(200);
            });

    assertThat(forLarge.statements()).isEqualTo(forSmall.statements());
  }

  private Http as(String user) {
    return Http.as(port, user, TeamTerritories.PASSWORD);
  }

  private static String review(Territory territory) {
    return "/pages/teams/"
        + URLEncoder.encode(territory.team(), StandardCharsets.UTF_8)
        + "/review";
  }
}
