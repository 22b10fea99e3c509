package io.leansuccess.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.leansuccess.cycle.CycleOverviews;
import io.leansuccess.cycle.Qbr;
import io.leansuccess.demo.DemoData;
import io.leansuccess.support.Browser;
import io.leansuccess.support.Http;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The customer's own view, as a CSM shares it and a customer opens it: the CSM signs in, creates a
 * link on the account's share page, and a browser without any login opens it, finds the progress
 * dashboard and the QBR with their charts drawn, and no internal note anywhere in the HTML. Revoked
 * or expired, the link answers 404, and so does its token on another account's address.
 */
@Tag("browser")
@LeanSuccessIntegrationTest
class ShareLinkBrowserIT {

  /** Internal notes put into the demo's QBR, so the test sees they exist and stay inside. */
  private static final String OVERRIDE_REASON = "Sponsor asked us to keep it going";

  private static final String INTERNAL_SIGN = "Invoice overdue (1 overdue, 9000 in total)";

  @LocalServerPort int port;
  @Autowired DemoData demo;
  @Autowired CycleOverviews cycles;
  @Autowired JdbcClient jdbc;
  @Autowired ObjectMapper json;

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  void shouldShowTheCustomerTheirDashboardAndQbrWithoutInternalNotesUntilRevoked()
      throws Exception {
    demo.seed();
    String cycleId = cycles.ofAccount(DemoData.ADOPTED).get(0).id();
    String stored = qbrContent(cycleId);
    try {
      withInternalNotes(cycleId, stored);
      String qbrPath = "/pages/accounts/" + DemoData.ADOPTED + "/cycles/" + cycleId + "/qbr";
      assertThat(Http.as(port, "demo.csm", "demo").get(qbrPath).body())
          .as("the CS team's QBR shows the internal notes")
          .contains(OVERRIDE_REASON, INTERNAL_SIGN);

      String link = createLinkAsTheCsm();
      String path = URI.create(link).getPath();
      assertThat(path).startsWith("/shared/" + DemoData.ADOPTED + "/");

      try (Browser customer = Browser.open(port)) {
        customer.go(path);
        customer.find(By.xpath("//h1[contains(., 'Your progress') and contains(., 'Initech')]"));
        List<Map<String, Object>> dashboard = customer.drawnCharts();
        assertThat(dashboard)
            .extracting(chart -> chart.get("label"))
            .contains("Maturity level per segment");
        assertThat(dashboard)
            .extracting(chart -> (String) chart.get("label"))
            .anyMatch(label -> label.startsWith("Active users and licences"));
        assertDrawn(dashboard);
        customer.screenshot("shared-dashboard-initech");
        List<String> pages = new ArrayList<>(List.of(customer.pageSource()));

        customer.click(By.xpath("//nav//a[starts-with(normalize-space(.), 'QBR ')]"));
        customer.find(By.xpath("//h1[contains(., 'Quarterly business review: Initech')]"));
        List<Map<String, Object>> qbr = customer.drawnCharts();
        assertThat(qbr)
            .extracting(chart -> chart.get("label"))
            .contains("KPIs of Month-end close in three days", "Health over the quarter");
        assertDrawn(qbr);
        customer.find(By.id("plan-and-reality"));
        customer.find(By.xpath("//section[@id='next-quarter']//h2[starts-with(., 'Outlook for')]"));
        assertThat(customer.find(By.cssSelector("#health .warning-sign")).getText())
            .isEqualTo("Active users below 40% of licences (45 of 150)");
        customer.screenshot("shared-qbr-initech");
        pages.add(customer.pageSource());

        customer.click(By.xpath("//nav//a[starts-with(normalize-space(.), 'Success: ')]"));
        customer.find(By.xpath("//h1[normalize-space(.)='Month-end close in three days']"));
        pages.add(customer.pageSource());

        assertThat(pages)
            .allSatisfy(
                html ->
                    assertThat(html)
                        .contains("<meta name=\"robots\" content=\"noindex, nofollow\">")
                        .doesNotContain(
                            OVERRIDE_REASON,
                            INTERNAL_SIGN,
                            "overridden",
                            "Get-well",
                            "get-well",
                            "Tasklist",
                            "Cockpit",
                            "/pages/accounts",
                            "/pages/portfolio"));

        var anonymous = Http.anonymous(port);
        assertThat(anonymous.get(path).statusCode()).isEqualTo(200);
        String token = path.substring(path.lastIndexOf('/') + 1);
        assertThat(anonymous.get("/shared/" + DemoData.BUILD + "/" + token).statusCode())
            .as("the token on another account's address")
            .isEqualTo(404);

        revoke(link);
        assertThat(anonymous.get(path).statusCode()).isEqualTo(404);
        assertThat(anonymous.get(path + "/qbr/" + cycleId).statusCode()).isEqualTo(404);
        customer.go(path);
        assertThat(customer.pageSource()).doesNotContain("Initech");
      }

      String expiring = URI.create(createLinkByApi(1)).getPath();
      assertThat(Http.anonymous(port).get(expiring).statusCode()).isEqualTo(200);
      ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(2))));
      assertThat(Http.anonymous(port).get(expiring).statusCode()).isEqualTo(404);
    } finally {
      jdbc.sql("update ls_qbr set content = ? where cycle_id = ?").params(stored, cycleId).update();
    }
  }

  /** Through the account's share page, signed in to Tasklist as the CSM. */
  private String createLinkAsTheCsm() {
    try (Browser csm = Browser.open(port)) {
      csm.go("/camunda/app/tasklist/");
      csm.type(By.cssSelector("input[ng-model=username]"), "demo.csm");
      csm.type(By.cssSelector("input[ng-model=password]"), "demo");
      csm.click(By.cssSelector("form[name=signinForm] button[type=submit]"));
      csm.find(By.xpath("//li[contains(@class,'account')]/a[normalize-space(.)='Casey Success']"));

      csm.go("/pages/accounts/" + DemoData.ADOPTED + "/share-links");
      csm.click(By.cssSelector("button.create-link"));
      csm.waitFor(
          driver ->
              ((Number) csm.script("return document.querySelectorAll('tr.share-link').length"))
                          .intValue()
                      > 0
                  && csm.url().endsWith("/share-links"));
      csm.screenshot("share-links-initech");
      // newest first
      String url = csm.find(By.cssSelector("tr.share-link .link-url")).getAttribute("value");
      assertThat(csm.find(By.cssSelector("tr.share-link")).getText()).contains("by demo.csm");
      return url;
    }
  }

  private String createLinkByApi(int days) throws Exception {
    var csm = Http.as(port, "demo.csm", "demo");
    var answer =
        csm.send(
            csm.request("/api/v1/accounts/" + DemoData.ADOPTED + "/share-links")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"validForDays\": " + days + "}")));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    return json.readTree(answer.body()).path("url").asText();
  }

  private void revoke(String link) throws Exception {
    var csm = Http.as(port, "demo.csm", "demo");
    var links =
        json.readTree(csm.get("/api/v1/accounts/" + DemoData.ADOPTED + "/share-links").body());
    for (var listed : links) {
      if (listed.path("url").asText().equals(link)) {
        var answer =
            csm.send(
                csm.request(
                        "/api/v1/accounts/"
                            + DemoData.ADOPTED
                            + "/share-links/"
                            + listed.path("id").asText())
                    .DELETE());
        assertThat(answer.statusCode()).isEqualTo(204);
        return;
      }
    }
    throw new AssertionError("No link " + link + " in " + links);
  }

  private static void assertDrawn(List<Map<String, Object>> charts) {
    assertThat(charts)
        .allSatisfy(
            chart -> {
              assertThat(chart.get("type")).isNotNull();
              assertThat(((Number) chart.get("points")).intValue()).isPositive();
            });
  }

  private String qbrContent(String cycleId) {
    return jdbc.sql("select content from ls_qbr where cycle_id = ?")
        .param(cycleId)
        .query(String.class)
        .single();
  }

  /** The rules proposed iterate and the CSM overrode it; an internal warning sign joined. */
  private void withInternalNotes(String cycleId, String stored) throws Exception {
    Qbr qbr = json.readValue(stored, Qbr.class);
    var useCases =
        qbr.useCases().stream()
            .map(
                result ->
                    new Qbr.UseCaseResult(
                        result.id(),
                        result.title(),
                        result.segment(),
                        result.owner(),
                        result.status(),
                        "ITERATE",
                        result.outcome(),
                        OVERRIDE_REASON,
                        result.kpis()))
            .toList();
    var health =
        qbr.health().stream()
            .map(
                period -> {
                  var signs = new ArrayList<>(period.warningSigns());
                  signs.add(new Qbr.WarningSign("INVOICE_OVERDUE", "AMBER", INTERNAL_SIGN));
                  return new Qbr.HealthPeriod(
                      period.colour(), period.firstEvaluatedAt(), period.evaluatedAt(), signs);
                })
            .toList();
    var changed =
        new Qbr(
            qbr.accountId(),
            qbr.accountName(),
            qbr.cycleId(),
            qbr.quarter(),
            qbr.producedAt(),
            qbr.vision(),
            useCases,
            qbr.maturity(),
            health,
            qbr.nextQuarter());
    jdbc.sql("update ls_qbr set content = ? where cycle_id = ?")
        .params(json.writeValueAsString(changed), cycleId)
        .update();
  }
}
