package io.leansuccess.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansuccess.account.Account;
import io.leansuccess.account.AccountService;
import io.leansuccess.cycle.CycleService;
import io.leansuccess.support.Http;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import io.leansuccess.support.TestData;
import java.math.BigDecimal;
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

    HttpResponse<String> page =
        Http.as(port, "demo.manager", "demo").get("/pages/portfolio?q=" + account.id());

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(page.body())
        .contains(
            account.name(),
            "ENVISION",
            "Europe",
            "Asia Pacific",
            "Launch",
            "data-chart=",
            "/webjars/chart.js/",
            "chart.umd.js");
  }

  @Test
  void shouldShowAnAccountNamedLikeMarkupAsText() {
    String id = "markup-" + UUID.randomUUID().toString().substring(0, 8);
    accounts.create(
        new Account(
            id,
            "<script>alert('x')</script>",
            "<b>Bold</b>",
            BigDecimal.TEN,
            BigDecimal.TEN,
            LocalDate.of(2027, 1, 1),
            List.of(TestData.segment("emea", 10))));

    String body = Http.as(port, "demo.csm", "demo").get("/pages/portfolio?q=" + id).body();

    assertThat(body)
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "&lt;b&gt;Bold&lt;/b&gt;")
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
    assertThat(page.headers().firstValue("Location").orElseThrow())
        .endsWith("/camunda/app/tasklist/default/");
  }

  @Test
  void shouldRefuseAUserOutsideTheCsGroups() {
    String userId = "outsider-" + UUID.randomUUID().toString().substring(0, 8);
    var user = identity.newUser(userId);
    user.setPassword("outside-pw");
    identity.saveUser(user);

    assertThat(Http.as(port, userId, "outside-pw").get("/pages/portfolio").statusCode())
        .isEqualTo(403);
  }
}
