package io.leansuccess.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansuccess.account.Account;
import io.leansuccess.account.AccountRepository;
import io.leansuccess.account.Ownership;
import io.leansuccess.cycle.Cycle;
import io.leansuccess.cycle.CycleService;
import io.leansuccess.cycle.QbrService;
import io.leansuccess.support.Http;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import io.leansuccess.support.SqlStatements;
import io.leansuccess.support.TestData;
import io.leansuccess.support.TestTeam;
import io.leansuccess.usecase.UseCaseRepository;
import io.leansuccess.usecase.UseCaseStatus;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the leaders' pages cost the database does not grow with the book of business: a page of the
 * portfolio and a QBR take as many SQL statements with 300 accounts in view as with 30.
 */
@LeanSuccessIntegrationTest
class PortfolioStatementsIT {

  private static final String PORTFOLIO = "/pages/portfolio";
  private static final String FILTERED = "/pages/portfolio?stage=ENVISION&sort=renewal";

  @LocalServerPort int port;
  @Autowired SqlStatements statements;
  @Autowired IdentityService identity;
  @Autowired AccountRepository accounts;
  @Autowired UseCaseRepository useCases;
  @Autowired TestData data;
  @Autowired CycleService cycles;
  @Autowired QbrService qbrs;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void shouldSendAsManyStatementsForAPageOf300AccountsInViewAsFor30() {
    TestTeam team = TestTeam.create(identity, "scale");
    Http csm = team.asCsm(port);
    List<Account> first = seed(team, 0, 30);
    Cycle cycle = cycles.start(first.get(0).id());
    cycles.start(first.get(1).id());
    qbrs.produce(cycle.id());
    String qbr = "/pages/accounts/" + first.get(0).id() + "/cycles/" + cycle.id() + "/qbr";
    // a quarter later the cycles' first tasks are overdue
    ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(90))));
    get(csm, PORTFOLIO); // the first request fills the caches (templates, the engine's)

    long portfolioOf30 = statements(csm, PORTFOLIO);
    long filteredOf30 = statements(csm, FILTERED);
    long qbrOf30 = statements(csm, qbr);
    seed(team, 30, 300);
    long portfolioOf300 = statements(csm, PORTFOLIO);
    long filteredOf300 = statements(csm, FILTERED);
    long qbrOf300 = statements(csm, qbr);

    assertThat(portfolioOf300).as("a page of the portfolio").isEqualTo(portfolioOf30);
    assertThat(filteredOf300).as("a filtered page").isEqualTo(filteredOf30);
    assertThat(qbrOf300).as("a QBR").isEqualTo(qbrOf30);
    String page = get(csm, PORTFOLIO);
    assertThat(page).contains("300 accounts", "page <span>1</span> of <span>6</span>");
    assertThat(page.split("data-account=", -1)).hasSize(51);
    String filtered = get(csm, FILTERED);
    assertThat(filtered).contains("2 accounts", "ENVISION", "class=\"number late\"");
  }

  private long statements(Http user, String path) {
    return statements.during(() -> get(user, path)).count().statements();
  }

  private static String get(Http user, String path) {
    HttpResponse<String> page = user.get(path);
    assertThat(page.statusCode()).as(path).isEqualTo(200);
    return page.body();
  }

  /** Accounts {@code from} to {@code to} of the team, every seventh with an adopted use case. */
  private List<Account> seed(TestTeam team, int from, int to) {
    List<Account> seeded = new java.util.ArrayList<>();
    for (int i = from; i < to; i++) {
      String id = team.id() + "-account-" + i;
      Account account =
          new Account(
              id,
              "Scale " + i,
              "Logistics",
              new BigDecimal("50000"),
              new BigDecimal("60000"),
              LocalDate.now().plusDays(i),
              List.of(TestData.segment("emea", 100), TestData.segment("apac", 40)));
      accounts.insert(account);
      accounts.assign(id, new Ownership(team.id(), i % 2 == 0 ? team.csm() : team.otherCsm()));
      if (i % 7 == 0) {
        String useCase = data.aPlannedUseCase(account).create().id();
        useCases.setStatus(useCase, UseCaseStatus.ADOPTED, Instant.now());
      }
      seeded.add(account);
    }
    return seeded;
  }
}
