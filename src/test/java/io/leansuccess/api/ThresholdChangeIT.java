package io.leansuccess.api;

import static io.leansuccess.api.AccountJson.anAccount;
import static io.leansuccess.api.UseCaseJson.aPlannedUseCase;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import io.leansuccess.support.ModelerDeployment;
import io.leansuccess.support.ShippedRules;
import io.leansuccess.usecase.UseCaseShortlisting;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A CS team asks for all three criteria groups, deploys from Camunda Modeler, and every explanation
 * stored after that says so: the threshold in force, the groups passed, a rule name that stays
 * true.
 */
@LeanSuccessIntegrationTest
class ThresholdChangeIT {

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @Autowired RepositoryService repository;
  @Autowired UseCaseShortlisting shortlisting;

  private String deploymentId;

  @AfterEach
  void deleteTheTeamsRules() {
    if (deploymentId != null) {
      repository.deleteDeployment(deploymentId, true);
    }
  }

  @Test
  void shouldExplainEveryDecisionByTheNewThresholdAfterATeamRaisesCriteriaGroupsToPassToThree() {
    var csm = new ApiClient(port).as("demo.csm", "demo");
    var account = anAccount();
    assertThat(csm.put("/api/v1/accounts/" + account.id(), account.json()).status()).isEqualTo(201);
    var allThree = aPlannedUseCase();
    var twoGroups =
        aPlannedUseCase()
            .with(
                "criteria",
                Map.of(
                    "touchesCoreOperations",
                    true,
                    "valueQuantifiable",
                    true,
                    "resourcesAvailable",
                    false,
                    "stakeholdersIdentified",
                    true,
                    "perspectives",
                    java.util.List.of("FINANCIAL", "INTERNAL_PROCESS")));
    for (var useCase : java.util.List.of(allThree, twoGroups)) {
      assertThat(
              csm.post("/api/v1/accounts/" + account.id() + "/use-cases", useCase.json()).status())
          .isEqualTo(201);
    }

    deploymentId =
        ModelerDeployment.deployed(
            rest,
            "all three groups",
            Map.of(
                "rules/UseCaseShortlisting.drl",
                ShippedRules.withDefault("UseCaseShortlisting", "criteriaGroupsToPass", "3")));
    shortlisting.shortlist(account.id(), null);

    JsonNode decisions =
        csm.get("/api/v1/accounts/" + account.id() + "/decisions").json().path("items");
    assertThat(decisions).hasSize(2);
    for (JsonNode decision : decisions) {
      assertThat(decision.at("/policy/ShortlistingPolicy/criteriaGroupsToPass").asInt())
          .isEqualTo(3);
      assertThat(decision.path("thresholds").toString()).contains("criteriaGroupsToPass 3");
      assertThat(decision.at("/rulesVersion/deploymentId").asText()).isEqualTo(deploymentId);
      assertThat(decision.path("firedRules").toString()).doesNotContain("two", "2");
    }
    assertThat(explanationOf(csm, allThree.id()))
        .containsEntry("outcome", "SHORTLISTED")
        .containsEntry(
            "explanation", "3 of 3 groups needed; passed: strategic, measurable, feasible")
        .containsEntry("verdictRule", "Use case passes enough criteria groups");
    assertThat(explanationOf(csm, twoGroups.id()))
        .containsEntry("outcome", "NOT_SHORTLISTED")
        .containsEntry("explanation", "3 of 3 groups needed; passed: strategic, measurable")
        .containsEntry("verdictRule", "Use case passes too few criteria groups");

    JsonNode version =
        new ApiClient(port)
            .as("demo.manager", "demo")
            .get(decisions.path(0).at("/rulesVersion/href").asText())
            .json();
    assertThat(version.path("origin").asText()).isEqualTo("MODELER");
    assertThat(version.path("deployedBy").asText()).isEqualTo("admin");
    assertThat(version.path("deploymentName").asText()).isEqualTo("all three groups");
  }

  /** What the use case itself shows of its shortlisting decision. */
  private static Map<String, String> explanationOf(ApiClient csm, String useCaseId) {
    JsonNode decision = csm.get("/api/v1/use-cases/" + useCaseId).json().path("decisions").path(0);
    JsonNode fired = decision.path("firedRules");
    return Map.of(
        "outcome",
        decision.path("outcome").asText(),
        "explanation",
        decision.path("explanation").asText(),
        "verdictRule",
        fired.path(fired.size() - 1).asText());
  }
}
