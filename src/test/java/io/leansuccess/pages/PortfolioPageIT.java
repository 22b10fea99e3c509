package io.leansuccess.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansuccess.account.Account;
import io.leansuccess.account.AccountService;
import io.leansuccess.cycle.CycleService;
import io.leansuccess.support.Http;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import io.leansuccess.support.TestData;
import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The portfolio as a CS leader opens it, and who may not. */
@LeanSuccessIntegrationTest
class PortfolioPageIT {

  @LocalServerPort int port;
  @Autowired TestData data;
  @Autowired AccountService accounts;
  @Autowired CycleService cycles;
  @Autowired IdentityService identity;

  @Test
  void shouldListEveryAccountWithItsStageAndMaturity() {
    Account account = data.anAccount();
    cycles.start(account.id());

    HttpResponse<String> page = Http.as(port, "demo.manager", "demo").get("/pages/portfolio");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(page.body()).contains(account.name(), "ENVISION", "Europe", "Asia Pacific", "Launch",
        "data-chart=", "/webjars/chart.js/", "chart.umd.js");
  }

  @Test
  void shouldShowAnAccountNamedLikeMarkupAsText() {
    String id = "markup-" + UUID.randomUUID().toString().substring(0, 8);
    accounts.create(new Account(id, "<script>alert('x')</script>", "<b>Bold</b>", BigDecimal.TEN, BigDecimal.TEN,
        LocalDate.of(2027, 1, 1), List.of(TestData.segment("emea", 10))));

    String body = Http.as(port, "demo.csm", "demo").get("/pages/portfolio").body();

    assertThat(body).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "&lt;b&gt;Bold&lt;/b&gt;")
        .doesNotContain("<script>alert", "<b>Bold");
  }

  @Test
  void shouldServeChartJsFromTheApp() {
    HttpResponse<String> script = Http.anonymous(port).get("/webjars/chart.js/dist/chart.umd.js");

    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(script.body()).contains("Chart");
  }

  @Test
  void shouldSendAStrangerToTheTasklistLogin() {
    HttpResponse<String> page = Http.anonymous(port).get("/pages/portfolio");

    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/camunda/app/tasklist/default/");
  }

  @Test
  void shouldRefuseAUserOutsideTheCsGroups() {
    String userId = "outsider-" + UUID.randomUUID().toString().substring(0, 8);
    var user = identity.newUser(userId);
    user.setPassword("outside-pw");
    identity.saveUser(user);

    assertThat(Http.as(port, userId, "outside-pw").get("/pages/portfolio").statusCode()).isEqualTo(403);
  }

  /**
   * Signed in to Tasklist is signed in here. A user of this test only: a failed webapp login
   * would lock a shared demo user.
   */
  @Test
  void shouldAcceptTheLoginOfCamundasWebapps() throws Exception {
    String userId = "webapp-" + UUID.randomUUID().toString().substring(0, 8);
    var user = identity.newUser(userId);
    user.setPassword("webapp-pw");
    identity.saveUser(user);
    identity.createMembership(userId, "csm");
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    String base = "http://localhost:" + port;
    HttpResponse<String> tasklist = browser.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/default/"))
        .build(), HttpResponse.BodyHandlers.ofString());
    String csrf = tasklist.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
    HttpResponse<String> login = browser.send(HttpRequest.newBuilder(
            URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", csrf)
        .POST(HttpRequest.BodyPublishers.ofString("username=" + userId + "&password=webapp-pw")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);

    HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(base + "/pages/portfolio")).build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Portfolio");
  }
}
