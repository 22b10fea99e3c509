package io.leansuccess.health;

import static io.leansuccess.health.HealthSignals.account;
import static io.leansuccess.health.HealthSignals.freshId;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.leansuccess.account.AccountRepository;
import io.leansuccess.signal.SignalService;
import io.leansuccess.support.Http;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * GET /api/v1/accounts/{id}/health: the health now and its history, each with its factors and
 * rules.
 */
@LeanSuccessIntegrationTest
class HealthApiIT {

  static final Instant NOW = Instant.parse("2026-10-01T08:00:00Z");
  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired HealthEvaluationService service;
  @Autowired AccountRepository accounts;
  @Autowired SignalService signalService;

  Http csm;
  HealthSignals signals;

  @BeforeEach
  void setUp() {
    csm = Http.as(port, "demo.csm", "demo");
    signals = new HealthSignals(accounts, signalService);
    ClockUtil.setCurrentTime(Date.from(NOW));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void shouldShowTheCurrentHealthWithItsFactorsAndRulesAndTheHistoryNewestFirst() {
    String id = freshId("api");
    signals.store(account(id, LocalDate.of(2027, 9, 30))).about(id, NOW).activeUsers(2, 10).send();
    service.evaluate(id);
    signals.activeUsers(1, 35).send();
    ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofDays(1))));
    service.evaluate(id);

    JsonNode health = get("/api/v1/accounts/" + id + "/health?limit=1", 200);

    assertThat(health.path("accountId").asText()).isEqualTo(id);
    assertThat(health.path("escalated").asBoolean()).isTrue();
    JsonNode current = health.path("current");
    assertThat(current.path("colour").asText()).isEqualTo("AMBER");
    assertThat(current.path("factors").get(0).path("code").asText()).isEqualTo("LOW_USAGE");
    assertThat(current.path("factors").get(0).path("description").asText())
        .isEqualTo("Active users below 40% of licences (35 of 100)");
    assertThat(current.path("factors").get(0).path("severity").asText()).isEqualTo("AMBER");
    assertThat(current.path("firedRules").toString())
        .contains("Active users below the amber share of licences");
    assertThat(current.path("rulesVersion").path("resource").asText())
        .isEqualTo("rules/HealthEscalation.drl");
    assertThat(current.path("evaluatedAt").asText()).isEqualTo("2026-10-02T08:00:00Z");
    JsonNode history = health.path("history");
    assertThat(history.path("total").asInt()).isEqualTo(2);
    assertThat(history.path("limit").asInt()).isEqualTo(1);
    assertThat(history.path("items").get(0).path("evaluationId").asText())
        .isEqualTo(current.path("evaluationId").asText());
    JsonNode older =
        get("/api/v1/accounts/" + id + "/health?limit=1&offset=1", 200)
            .path("history")
            .path("items")
            .get(0);
    assertThat(older.path("colour").asText()).isEqualTo("RED");
    assertThat(older.path("outcome").asText()).isEqualTo("ESCALATED");
    assertThat(
            get("/api/v1/decisions/" + older.path("decisionId").asText(), 200)
                .path("subjectType")
                .asText())
        .isEqualTo("ACCOUNT");
  }

  @Test
  void shouldShowNoHealthBeforeTheFirstEvaluation() {
    String id = freshId("api-new");
    signals.store(account(id, LocalDate.of(2027, 9, 30)));

    JsonNode health = get("/api/v1/accounts/" + id + "/health", 200);

    assertThat(health.path("current").isNull()).isTrue();
    assertThat(health.path("history").path("total").asInt()).isZero();
  }

  @Test
  void shouldAnswer404ForAnUnknownAccount() {
    assertThat(get("/api/v1/accounts/no-such-account/health", 404).path("detail").asText())
        .contains("no-such-account");
  }

  private JsonNode get(String path, int status) {
    HttpResponse<String> response = csm.get(path);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
