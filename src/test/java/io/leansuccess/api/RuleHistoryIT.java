package io.leansuccess.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import io.leansuccess.support.ModelerDeployment;
import io.leansuccess.support.ProbeRules;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * /api/v1/rules/versions: every rules version with who, when and from where, and what changed
 * between two.
 */
@LeanSuccessIntegrationTest
class RuleHistoryIT {

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @Autowired RepositoryService repository;

  @Test
  void shouldKeepEveryVersionWithWhoDeployedItFromWhereAndTheDiffBetweenTwo() {
    String fromModeler =
        ModelerDeployment.deployed(
            rest, "history probe", Map.of("rules/HistoryProbe.drl", ProbeRules.answering(1)));
    String fromScript =
        repository
            .createDeployment()
            .name("history probe")
            .addString("rules/HistoryProbe.drl", ProbeRules.answering(2))
            .deploy()
            .getId();
    var manager = new ApiClient(port).as("demo.manager", "demo");

    JsonNode versions = manager.get("/api/v1/rules/versions?decision=HistoryProbe").json();

    assertThat(versions.path("total").asInt()).isEqualTo(2);
    JsonNode newest = versions.path("items").path(0);
    assertThat(newest.path("deploymentId").asText()).isEqualTo(fromScript);
    assertThat(newest.path("origin").asText()).isEqualTo("API");
    assertThat(newest.at("/decisions/0/live").asBoolean()).isTrue();
    JsonNode older = versions.path("items").path(1);
    assertThat(older.path("deploymentId").asText()).isEqualTo(fromModeler);
    assertThat(older.path("origin").asText()).isEqualTo("MODELER");
    assertThat(older.path("deployedBy").asText()).isEqualTo("admin");
    assertThat(older.path("deployedAt").asText()).isNotBlank();
    assertThat(older.at("/decisions/0/live").asBoolean()).isFalse();

    JsonNode file =
        manager
            .get("/api/v1/rules/versions/" + fromScript + "/diff?from=" + fromModeler)
            .json()
            .path("files")
            .path(0);
    assertThat(file.path("change").asText()).isEqualTo("CHANGED");
    assertThat(file.path("unifiedDiff").asText())
        .isEqualTo(
            """
        --- a/rules/HistoryProbe.drl
        +++ b/rules/HistoryProbe.drl
        @@ -1,8 +1,8 @@
         package probe;
        \s
        -rule "Answer from version 1"
        +rule "Answer from version 2"
         when
             String(this == "question")
         then
        -    insert("answer 1");
        +    insert("answer 2");
         end
        """);
  }

  @Test
  void shouldListTheProductsOwnRulesAsDeployedAtStartUp() {
    JsonNode versions =
        new ApiClient(port)
            .as("demo.manager", "demo")
            .get("/api/v1/rules/versions?decision=UseCaseShortlisting&limit=100")
            .json()
            .path("items");

    JsonNode startUp = versions.path(versions.size() - 1);
    assertThat(startUp.path("origin").asText()).isEqualTo("START_UP");
    assertThat(startUp.path("deploymentName").asText()).isEqualTo("lean-success");
    assertThat(startUp.has("deployedBy") && !startUp.path("deployedBy").isNull()).isFalse();
  }

  @Test
  void shouldLetRuleAuthorsReadTheHistoryButNeitherCsmsNorIntegrations() {
    assertThat(new ApiClient(port).as("demo.author", "demo").get("/api/v1/rules/versions").status())
        .isEqualTo(200);
    assertThat(
            new ApiClient(port).as("demo.csm", "demo").get("/api/v1/rules/versions").problem(403))
        .isNotNull();
    assertThat(
            new ApiClient(port)
                .as("demo.integration", "demo")
                .get("/api/v1/rules/versions")
                .problem(403))
        .isNotNull();
  }

  @Test
  void shouldAnswer404ForAnUnknownVersion() {
    var manager = new ApiClient(port).as("demo.manager", "demo");

    assertThat(
            manager
                .get("/api/v1/rules/versions/no-such-version")
                .problem(404)
                .path("detail")
                .asText())
        .contains("no-such-version");
    assertThat(
            manager
                .get("/api/v1/rules/versions/no-such-version/diff?from=other")
                .problem(404)
                .path("detail")
                .asText())
        .contains("other");
  }
}
