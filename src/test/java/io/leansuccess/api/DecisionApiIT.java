package io.leansuccess.api;

import static io.leansuccess.api.AccountJson.anAccount;
import static io.leansuccess.api.UseCaseJson.aPlannedUseCase;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import io.leansuccess.usecase.UseCaseShortlisting;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * /api/v1/accounts/{id}/decisions, /api/v1/decisions/{id} and /api/v1/rules: why the rules decided
 * what they did. The decision here is a real shortlisting, run the way the cycle's process runs it.
 */
@LeanSuccessIntegrationTest
class DecisionApiIT {

  @LocalServerPort int port;
  @Autowired UseCaseShortlisting shortlisting;

  private ApiClient csm;
  private String accountId;

  @BeforeEach
  void setUp() {
    csm = new ApiClient(port).as("demo.csm", "demo");
    var account = anAccount();
    accountId = account.id();
    assertThat(csm.put("/api/v1/accounts/" + accountId, account.json()).status()).isEqualTo(201);
  }

  @Test
  void shouldExplainTheShortlistingOfAUseCase() {
    var useCase = aPlannedUseCase();
    csm.post("/api/v1/accounts/" + accountId + "/use-cases", useCase.json());
    shortlisting.shortlist(accountId, null);

    JsonNode page = csm.get("/api/v1/accounts/" + accountId + "/decisions").json();

    assertThat(page.path("total").asInt()).isEqualTo(1);
    JsonNode summary = page.path("items").path(0);
    assertThat(summary.path("decisionName").asText()).isEqualTo(UseCaseShortlisting.DECISION);
    assertThat(summary.path("subjectType").asText()).isEqualTo("USE_CASE");
    assertThat(summary.path("subjectId").asText()).isEqualTo(useCase.id());
    assertThat(summary.path("outcome").asText()).isEqualTo("SHORTLISTED");
    assertThat(summary.path("firedRules").size()).isPositive();
    assertThat(summary.path("rulesVersion").path("deploymentId").asText()).isNotBlank();
    assertThat(summary.path("rulesVersion").path("resource").asText()).endsWith(".drl");
    assertThat(summary.has("facts")).isFalse();

    JsonNode full = csm.get("/api/v1/decisions/" + summary.path("decisionId").asText()).json();
    assertThat(full.path("facts").isArray()).as("facts as JSON, not a string").isTrue();
    assertThat(full.path("facts").findValuesAsText("type")).contains("ShortlistCandidate");

    JsonNode read = csm.get("/api/v1/use-cases/" + useCase.id()).json();
    assertThat(read.path("status").asText()).isEqualTo("SHORTLISTED");
    assertThat(read.path("decisions").path(0).path("decisionId").asText())
        .isEqualTo(summary.path("decisionId").asText());
  }

  @Test
  void shouldAnswer404ForAnUnknownDecisionOrAccount() {
    assertThat(csm.get("/api/v1/decisions/no-such-decision").problem(404).path("detail").asText())
        .contains("no-such-decision");
    assertThat(
            csm.get("/api/v1/accounts/crm-unknown-decisions/decisions")
                .problem(404)
                .path("detail")
                .asText())
        .contains("crm-unknown-decisions");
    assertThat(csm.get("/api/v1/accounts/" + accountId + "/decisions").json().path("total").asInt())
        .isZero();
  }

  @Test
  void shouldListTheDeployedDecisionsWithTheirRulesVersion() {
    JsonNode rules = csm.get("/api/v1/rules").json();

    assertThat(rules.path("items").findValuesAsText("decisionName"))
        .contains("UseCaseShortlisting", "UseCaseOutcome", "MaturityTransitions");
    JsonNode first = rules.path("items").path(0);
    assertThat(first.path("deploymentId").asText()).isNotBlank();
    assertThat(first.path("resource").asText()).endsWith(".drl");
    assertThat(first.path("deployedAt").asText()).isNotBlank();
  }
}
