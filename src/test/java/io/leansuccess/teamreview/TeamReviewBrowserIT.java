package io.leansuccess.teamreview;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansuccess.account.Account;
import io.leansuccess.account.AccountRepository;
import io.leansuccess.cycle.CycleService;
import io.leansuccess.support.Browser;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import io.leansuccess.support.TestData;
import io.leansuccess.teamreview.TeamTerritories.Territory;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The team's quarterly review in a real browser, as the team's manager and one of its CSMs open it
 * from the navigation after signing in to Tasklist: the four sections with their charts drawn, only
 * their team's accounts, the deep dive's account picked on the page, and the review printed.
 */
@Tag("browser")
@LeanSuccessIntegrationTest
class TeamReviewBrowserIT {

  private static final List<String> SECTIONS =
      List.of("deep-dive", "achievements", "challenges", "revenue");

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired AccountRepository accounts;
  @Autowired TestData data;
  @Autowired CycleService cycles;
  @Autowired TaskService tasks;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;
  Territory team;
  Territory other;

  @BeforeEach
  void territories() {
    var territories = new TeamTerritories(identity, accounts, data, cycles, tasks, jdbc, clock);
    team = territories.withAccounts(3);
    other = territories.withAccounts(1);
  }

  @Test
  void shouldShowTheManagerTheTeamsReviewWithItsChartsAndPrintIt() throws Exception {
    try (Browser browser = Browser.open(port)) {
      browser.signInToTasklist(team.manager(), TeamTerritories.PASSWORD, "Åsa Nordström-Øberg");
      Account picked = team.accounts().get(0);

      String page = openAndPick(browser, picked);

      assertThat(page)
          .contains(names(team.accounts()))
          .doesNotContain(other.accounts().get(0).name());
      assertChartsOfEverySection(browser);
      assertThat(browser.find(By.cssSelector("#deep-dive h2")).getText()).contains(picked.name());
      try (var printed = Loader.loadPDF(browser.print("team-review-manager"))) {
        String text = new PDFTextStripper().getText(printed);
        assertThat(text)
            .contains(
                "Quarterly review: Équipe Nordics",
                "Top customer achievements this quarter",
                "Adoption challenges in the territory",
                "Revenue")
            .doesNotContain("Cockpit", "Print", "Pick an account");
        assertThat(printed.getPage(0).getResources().getXObjectNames())
            .as("the charts, printed as images")
            .isNotEmpty();
      }
    }
  }

  @Test
  void shouldShowACsmTheirOwnAccountsInTheirReview() {
    String csm = team.csms().get(1);
    Account own = team.accounts().get(1);
    try (Browser browser = Browser.open(port)) {
      browser.signInToTasklist(csm, TeamTerritories.PASSWORD, "Åsa Nordström-Øberg");
      browser.go("/pages/portfolio");
      browser.click(By.linkText("Team review"));
      browser.find(By.cssSelector("#deep-dive"));
      new Select(browser.find(By.name("csm"))).selectByValue(csm);

      String page = openAndPick(browser, own);

      assertThat(browser.url()).contains("csm=" + csm);
      assertThat(page)
          .contains(own.name())
          .doesNotContain(
              team.accounts().get(0).name(),
              team.accounts().get(2).name(),
              other.accounts().get(0).name());
      assertChartsOfEverySection(browser);
      browser.screenshot("team-review-csm");
    }
  }

  /** Picks the deep dive's account on the page; the choice lands in the address. */
  private String openAndPick(Browser browser, Account account) {
    if (!browser.url().contains("/review")) {
      browser.go("/pages/team-review");
    }
    browser.find(By.cssSelector("#deep-dive"));
    new Select(browser.find(By.id("deep-dive-account"))).selectByValue(account.id());
    browser.click(By.cssSelector("form.controls button[type=submit]"));
    browser.waitFor(driver -> driver.getCurrentUrl().contains("account=" + account.id()));
    browser.find(By.cssSelector("#deep-dive canvas[data-chart]"));
    return browser.find(By.tagName("main")).getText();
  }

  private static void assertChartsOfEverySection(Browser browser) {
    List<Map<String, Object>> charts = browser.drawnCharts();
    assertThat(charts).extracting(chart -> chart.get("section")).containsAll(SECTIONS);
    assertThat(charts)
        .allSatisfy(
            chart -> {
              assertThat(chart.get("type")).isNotNull();
              assertThat(((Number) chart.get("points")).intValue()).isPositive();
              assertThat(((Number) chart.get("width")).intValue()).isGreaterThan(100);
            });
  }

  private static String[] names(List<Account> accounts) {
    return accounts.stream().map(Account::name).toArray(String[]::new);
  }
}
