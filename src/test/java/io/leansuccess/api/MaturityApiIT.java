package io.leansuccess.api;

import static io.leansuccess.api.AccountJson.anAccount;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.leansuccess.maturity.MaturityService;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * GET /api/v1/accounts/{id}/maturity: every segment's level, and each move with the rules behind
 * it.
 */
@LeanSuccessIntegrationTest
class MaturityApiIT {

  @LocalServerPort int port;
  @Autowired MaturityService maturity;

  @Test
  void shouldShowEachSegmentsLevelAndTheTransitionWithItsFiredRulesAndRulesVersion() {
    var csm = new ApiClient(port).as("demo.csm", "demo");
    var account = anAccount();
    String path = "/api/v1/accounts/" + account.id();
    csm.put(path, account.json());
    var signal =
        csm.post(
            path + "/signals",
            """
        {"eventId": "analytics-%s", "kind": "ACTIVE_USERS", "segmentKey": "emea", "value": 125,
         "occurredAt": "2026-10-05T09:00:00Z"}"""
                .formatted(UUID.randomUUID()));
    assertThat(signal.status()).as(signal.body()).isEqualTo(201);
    String cycle = "cycle-" + UUID.randomUUID();
    maturity.applyTransitions(account.id(), cycle);

    var answer = csm.get(path + "/maturity");

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    JsonNode segments = answer.json().path("segments");
    assertThat(segments.findValuesAsText("key")).containsExactly("emea", "ops");
    JsonNode emea = segments.get(0);
    assertThat(emea.path("name").asText()).isEqualTo("Europe");
    assertThat(emea.path("level").asInt()).isEqualTo(2);
    assertThat(emea.path("levelName").asText()).isEqualTo("Usage");
    assertThat(emea.path("missedFloorCycles").asInt()).isZero();
    JsonNode transition = emea.path("transitions").get(0);
    assertThat(emea.path("transitions")).hasSize(1);
    assertThat(transition.path("fromLevel").asInt()).isEqualTo(1);
    assertThat(transition.path("toLevel").asInt()).isEqualTo(2);
    assertThat(transition.path("cycleId").asText()).isEqualTo(cycle);
    assertThat(transition.path("transitionedAt").asText()).isNotBlank();
    assertThat(transition.path("firedRules").toString())
        .contains(
            "Usage: enough licensed users active",
            "Promote one level when the next level's criteria hold");
    assertThat(transition.path("rulesVersion").path("deploymentId").asText()).isNotBlank();
    assertThat(transition.path("rulesVersion").path("resource").asText())
        .endsWith("MaturityTransitions.drl");
    JsonNode ops = segments.get(1);
    assertThat(ops.path("level").asInt()).isEqualTo(1);
    assertThat(ops.path("levelName").asText()).isEqualTo("Launch");
    assertThat(ops.path("transitions")).isEmpty();
  }

  @Test
  void shouldAnswer404ForAnUnknownAccount() {
    var problem =
        new ApiClient(port)
            .as("demo.csm", "demo")
            .get("/api/v1/accounts/no-such-account/maturity")
            .problem(404);

    assertThat(problem.path("detail").asText()).contains("no-such-account");
  }
}
