package io.leansuccess.api;

import static io.leansuccess.api.AccountJson.anAccount;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * POST /api/v1/accounts/{id}/signals as an analytics or survey integration uses it, retries
 * included.
 */
@LeanSuccessIntegrationTest
class SignalApiIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;

  private ApiClient csm;
  private String signals;

  @BeforeEach
  void givenAnAccountWithSegmentsEmeaAndOps() {
    csm = new ApiClient(port).as("demo.csm", "demo");
    var account = anAccount();
    assertThat(csm.put("/api/v1/accounts/" + account.id(), account.json()).status()).isEqualTo(201);
    signals = "/api/v1/accounts/" + account.id() + "/signals";
  }

  @Test
  void shouldAnswer201ThenTheSameSignalWith200WhenAnEventIsDeliveredAgain() {
    ObjectNode signal = activeUsers("emea", 120);

    var created = csm.post(signals, signal.toString());
    var repeated = csm.post(signals, signal.put("value", 120.0).toString());

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.header("Location")).endsWith(signals + "/" + signal.get("eventId").asText());
    assertThat(repeated.status()).as(repeated.body()).isEqualTo(200);
    JsonNode stored = csm.get(signals + "/" + signal.get("eventId").asText()).json();
    assertThat(stored.path("kind").asText()).isEqualTo("ACTIVE_USERS");
    assertThat(stored.path("segmentKey").asText()).isEqualTo("emea");
    assertThat(stored.path("value").asInt()).isEqualTo(120);
    assertThat(stored.path("occurredAt").asText()).isEqualTo("2026-10-05T09:00:00Z");
  }

  @Test
  void shouldAnswer409AndKeepTheFirstWhenAnEventIdComesBackWithAnotherPayload() {
    ObjectNode signal = activeUsers("emea", 120);
    csm.post(signals, signal.toString());

    var problem = csm.post(signals, signal.put("value", 121).toString()).problem(409);

    assertThat(problem.path("detail").asText()).contains(signal.get("eventId").asText());
    assertThat(csm.get(signals + "/" + signal.get("eventId").asText()).json().path("value").asInt())
        .isEqualTo(120);
  }

  @Test
  void shouldAnswer404ForAnUnknownAccount() {
    var problem =
        csm.post("/api/v1/accounts/no-such-account/signals", activeUsers("emea", 1).toString())
            .problem(404);

    assertThat(problem.path("detail").asText()).contains("no-such-account");
  }

  @Test
  void shouldAnswer400NamingSegmentKeyWhenActiveUsersHaveNoSegmentOrAnotherAccountsSegment() {
    ObjectNode withoutSegment = activeUsers("emea", 10);
    withoutSegment.remove("segmentKey");

    var missing = csm.post(signals, withoutSegment.toString()).problem(400);
    var unknown = csm.post(signals, activeUsers("latam", 10).toString()).problem(400);

    assertThat(field(missing)).isEqualTo("segmentKey");
    assertThat(field(unknown)).isEqualTo("segmentKey");
    assertThat(unknown.path("errors").get(0).path("message").asText()).contains("latam");
  }

  @Test
  void shouldAnswer400NamingTheFieldWhenASignalDoesNotFitItsKind() {
    ObjectNode npsTooHigh = nps(150);
    ObjectNode npsForASegment = nps(40).put("segmentKey", "emea");
    ObjectNode unknownKind = activeUsers("emea", 10).put("kind", "HEARTBEATS");
    ObjectNode withoutEventId = activeUsers("emea", 10);
    withoutEventId.remove("eventId");

    assertThat(field(csm.post(signals, npsTooHigh.toString()).problem(400))).isEqualTo("value");
    assertThat(field(csm.post(signals, npsForASegment.toString()).problem(400)))
        .isEqualTo("segmentKey");
    assertThat(field(csm.post(signals, unknownKind.toString()).problem(400))).isEqualTo("kind");
    assertThat(field(csm.post(signals, withoutEventId.toString()).problem(400)))
        .isEqualTo("eventId");
  }

  private static ObjectNode activeUsers(String segmentKey, int users) {
    return JSON.createObjectNode()
        .put("eventId", "analytics-" + UUID.randomUUID())
        .put("kind", "ACTIVE_USERS")
        .put("segmentKey", segmentKey)
        .put("value", users)
        .put("occurredAt", "2026-10-05T09:00:00Z");
  }

  private static ObjectNode nps(int score) {
    return JSON.createObjectNode()
        .put("eventId", "survey-" + UUID.randomUUID())
        .put("kind", "NPS")
        .put("value", score)
        .put("occurredAt", "2026-10-05T09:00:00Z");
  }

  private static String field(JsonNode problem) {
    return problem.path("errors").path(0).path("field").asText(null);
  }
}
