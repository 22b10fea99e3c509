package io.leansuccess.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansuccess.support.HealthRuns;
import io.leansuccess.support.Http;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The operator's side of a node, on its management port: the probes for anyone, everything else for
 * admins only, and the product's metrics in Prometheus' format after a signal and a health run.
 */
@LeanSuccessIntegrationTest
class OperationsEndpointsIT {

  private static final List<String> ADMIN_ONLY =
      List.of(
          "/actuator",
          "/actuator/health",
          "/actuator/health/db",
          "/actuator/prometheus",
          "/actuator/metrics",
          "/actuator/info",
          "/actuator/env",
          "/actuator/health/liveness/x");

  @LocalServerPort int port;
  @LocalManagementPort int managementPort;
  @Autowired HealthRuns runs;

  private final String prefix = "zz-ops-" + UUID.randomUUID().toString().substring(0, 8);

  @Test
  void shouldAnswerTheProbesToAnyoneWithoutDetails() {
    Http anyone = Http.anonymous(managementPort);

    HttpResponse<String> liveness = anyone.get("/actuator/health/liveness");
    HttpResponse<String> readiness = anyone.get("/actuator/health/readiness");

    assertThat(liveness.statusCode()).isEqualTo(200);
    assertThat(readiness.statusCode()).isEqualTo(200);
    assertThat(readiness.body()).isEqualTo("{\"status\":\"UP\"}");
  }

  @Test
  void shouldShowTheGroupsChecksToAnAdmin() {
    String health = Http.as(managementPort, "admin", "admin").get("/actuator/health").body();

    assertThat(health)
        .contains(
            "\"db\"",
            "\"schema\"",
            "\"engine\"",
            "\"jobs\"",
            "\"livenessState\"",
            "\"readinessState\"",
            "\"changeSets\"");
  }

  @Test
  void shouldRefuseEverythingElseToStrangersAndToCsms() {
    for (String path : ADMIN_ONLY) {
      HttpResponse<String> anonymous = Http.anonymous(managementPort).get(path);
      assertThat(anonymous.statusCode()).as("anonymous %s", path).isEqualTo(401);
      assertThat(anonymous.headers().firstValue("WWW-Authenticate"))
          .as(path)
          .hasValue("Basic realm=\"Lean Success\"");
      assertThat(Http.as(managementPort, "nobody.at.all", "guess").get(path).statusCode())
          .as(path)
          .isEqualTo(401);
      assertThat(Http.as(managementPort, "demo.csm", "demo").get(path).statusCode())
          .as("CSM %s", path)
          .isEqualTo(403);
    }
    assertThat(Http.as(managementPort, "admin", "admin").get("/actuator/prometheus").statusCode())
        .isEqualTo(200);
  }

  @Test
  void shouldKeepTheActuatorOffTheApplicationsPort() {
    assertThat(Http.as(port, "admin", "admin").get("/actuator/prometheus").statusCode())
        .isNotEqualTo(200);
    assertThat(Http.anonymous(port).get("/actuator/health/readiness").statusCode())
        .isNotEqualTo(200);
  }

  @Test
  void shouldPublishSignalsDecisionsHealthRunsAndJobsAsPrometheusMetrics() {
    Http csm = Http.as(port, "demo.csm", "demo");
    String account = prefix + "-hooli";
    send(
        csm,
        "PUT",
        "/api/v1/accounts/" + account,
        """
        {"id": "%s", "name": "Hooli", "industry": "Logistics", "arrAtSigning": 100000, "arrNow": 100000,
         "renewalDate": "2028-06-30", "segments": [{"key": "emea", "kind": "GEOGRAPHY", "name": "Europe",
         "licensedUsers": 100}]}"""
            .formatted(account),
        201);
    String usage =
        """
        {"eventId": "%s", "kind": "ACTIVE_USERS", "segmentKey": "emea", "value": 80, "occurredAt": "%s"}"""
            .formatted(UUID.randomUUID(), Instant.now().minusSeconds(3600));
    send(csm, "POST", "/api/v1/accounts/" + account + "/signals", usage, 201);
    send(csm, "POST", "/api/v1/accounts/" + account + "/signals", usage, 200);
    send(
        csm,
        "POST",
        "/api/v1/accounts/" + account + "/signals",
        """
        {"eventId": "%s", "kind": "ACTIVE_USERS", "value": 80, "occurredAt": "%s"}"""
            .formatted(UUID.randomUUID(), Instant.now().minusSeconds(3600)),
        400);
    String before = scrape();
    runs.evaluateDue(prefix, 10);
    // a gauge whose state only Micrometer's weak reference holds reads NaN after a collection
    System.gc();

    String metrics = scrape();

    assertThat(
            value(
                metrics,
                "leansuccess_signals_ingested_total",
                "kind=\"ACTIVE_USERS\"",
                "outcome=\"stored\""))
        .isGreaterThanOrEqualTo(1);
    assertThat(
            value(
                metrics,
                "leansuccess_signals_ingested_total",
                "kind=\"ACTIVE_USERS\"",
                "outcome=\"repeated\""))
        .isGreaterThanOrEqualTo(1);
    assertThat(
            value(
                metrics,
                "leansuccess_signals_ingested_total",
                "kind=\"ACTIVE_USERS\"",
                "outcome=\"rejected\""))
        .isGreaterThanOrEqualTo(1);
    assertThat(value(metrics, "leansuccess_health_accounts_evaluated_total", "run=\"due\""))
        .isGreaterThan(value(before, "leansuccess_health_accounts_evaluated_total", "run=\"due\""));
    assertThat(value(metrics, "leansuccess_health_chunk_seconds_count", "run=\"due\""))
        .isGreaterThanOrEqualTo(1);
    assertThat(value(metrics, "leansuccess_health_escalations_total", "run=\"due\""))
        .isGreaterThanOrEqualTo(0);
    assertThat(
            value(
                metrics, "leansuccess_decisions_evaluated_total", "decision=\"HealthEscalation\""))
        .isGreaterThan(
            value(
                before, "leansuccess_decisions_evaluated_total", "decision=\"HealthEscalation\""));
    assertThat(
            value(
                metrics,
                "leansuccess_decisions_evaluation_seconds_count",
                "decision=\"HealthEscalation\"",
                "outcome=\"success\""))
        .isGreaterThanOrEqualTo(1);
    assertThat(value(metrics, "leansuccess_jobs_executed_total", "outcome=\"succeeded\""))
        .as("the health run's timer and chunk jobs")
        .isGreaterThan(value(before, "leansuccess_jobs_executed_total", "outcome=\"succeeded\""));
    for (String series :
        List.of(
            "leansuccess_jobs_acquired_total",
            "leansuccess_jobs_rejected_total",
            "leansuccess_jobs_acquisition_attempts_total",
            "leansuccess_incidents_open",
            "leansuccess_getwellplans_open",
            "leansuccess_tasks_overdue")) {
      assertThat(value(metrics, series)).as(series).isGreaterThanOrEqualTo(0);
    }
  }

  private String scrape() {
    HttpResponse<String> response =
        Http.as(managementPort, "admin", "admin").get("/actuator/prometheus");
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  /**
   * The sum of the series' samples whose labels hold all of {@code labels}; -1 when there is none.
   */
  private static double value(String metrics, String series, String... labels) {
    Matcher line =
        Pattern.compile("^" + series + "(\\{[^}]*})? (\\S+)$", Pattern.MULTILINE).matcher(metrics);
    double sum = 0;
    boolean found = false;
    while (line.find()) {
      String labelsOfLine = line.group(1) == null ? "" : line.group(1);
      if (List.of(labels).stream().allMatch(labelsOfLine::contains)) {
        sum += Double.parseDouble(line.group(2));
        found = true;
      }
    }
    return found ? sum : -1;
  }

  private static void send(Http http, String method, String path, String json, int expectedStatus) {
    HttpResponse<String> response =
        http.send(
            http.request(path)
                .header("Content-Type", "application/json")
                .method(method, BodyPublishers.ofString(json)));
    assertThat(response.statusCode())
        .as("%s %s: %s", method, path, response.body())
        .isEqualTo(expectedStatus);
  }
}
