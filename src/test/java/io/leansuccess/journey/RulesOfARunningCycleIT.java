package io.leansuccess.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.leansuccess.rules.drools.ProcessRulesAsOf;
import io.leansuccess.support.FormAnswers;
import io.leansuccess.support.Http;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import io.leansuccess.support.ModelerDeployment;
import io.leansuccess.support.ShippedRules;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A team tightens its shortlisting from Camunda Modeler while one account's quarter is already
 * running: that quarter keeps the rules it started with, a quarter started afterwards follows the
 * new ones, and each decision names the version it used.
 */
@LeanSuccessIntegrationTest
class RulesOfARunningCycleIT {

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @Autowired RepositoryService repository;
  private Api csm;
  private Instant start;
  private String stricterRules;

  @BeforeEach
  void theEnginesClock() {
    csm = new Api(Http.as(port, "demo.csm", "demo"));
    start = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
    ClockUtil.setCurrentTime(Date.from(start));
  }

  @AfterEach
  void realTimeAndTheShippedRules() {
    if (stricterRules != null) {
      repository.deleteDeployment(stricterRules, true);
    }
    ClockUtil.reset();
  }

  @Test
  void shouldShortlistARunningCycleByTheRulesItStartedWithAndANewOneByTheNewRules() {
    Account running = aRunningCycleWhenStricterRulesAreDeployed();
    Account later = anAccountWithTwoUseCases();
    csm.send("POST", "/api/v1/accounts/" + later.id() + "/cycles", "", 201);

    ClockUtil.setCurrentTime(Date.from(start.plus(Duration.ofHours(3))));
    shortlistAndSelect(running);
    shortlistAndSelect(later);

    assertThat(selected(running))
        .as("the quarter running when the rules changed")
        .containsExactlyInAnyOrder(running.allGroups(), running.twoGroups());
    assertThat(selected(later))
        .as("a quarter started after the change")
        .containsExactly(later.allGroups());
    assertThat(shortlistingVersions(running))
        .as("the running quarter's rules")
        .doesNotContain(stricterRules);
    assertThat(shortlistingVersions(later))
        .as("the new quarter's rules")
        .containsOnly(stricterRules);
  }

  @Test
  void shouldKeepARunningCyclesRulesWhenItsCsmSendsRulesAsOfWithATasksAnswers() {
    Account running = aRunningCycleWhenStricterRulesAreDeployed();

    // the vision's answers, and the variable that pinned a process's rules in earlier releases,
    // set to after the change, as any REST client can send it with a task's answers
    String setVision =
        StreamSupport.stream(current(running).at("/tasks").spliterator(), false)
            .filter(task -> task.at("/taskDefinitionKey").asText().equals("Task_SetVision"))
            .findFirst()
            .orElseThrow()
            .at("/id")
            .asText();
    Map<String, Object> body = Api.formBody(FormAnswers.forTask("Task_SetVision"));
    @SuppressWarnings("unchecked")
    var variables = new java.util.LinkedHashMap<>((Map<String, Object>) body.get("variables"));
    variables.put(
        ProcessRulesAsOf.VARIABLE,
        Map.of(
            "type",
            "Date",
            "value",
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
                .withZone(ZoneOffset.UTC)
                .format(start.plus(Duration.ofHours(2)))));
    csm.send(
        "POST", "/engine-rest/task/" + setVision + "/claim", Map.of("userId", "demo.csm"), 204);
    // refused: a completion carries the form's fields alone
    csm.send(
        "POST",
        "/engine-rest/task/" + setVision + "/submit-form",
        Map.of("variables", variables),
        400);
    csm.send("POST", "/engine-rest/task/" + setVision + "/submit-form", body, 204);
    ClockUtil.setCurrentTime(Date.from(start.plus(Duration.ofHours(3))));
    shortlistAndSelect(running);

    assertThat(selected(running))
        .as("the quarter keeps the rules it started with")
        .containsExactlyInAnyOrder(running.allGroups(), running.twoGroups());
    assertThat(shortlistingVersions(running)).doesNotContain(stricterRules);
  }

  private record Account(String id, String allGroups, String twoGroups) {}

  /**
   * A cycle started at the start, stricter shortlisting deployed an hour later; the clock an hour
   * on.
   */
  private Account aRunningCycleWhenStricterRulesAreDeployed() {
    Account running = anAccountWithTwoUseCases();
    csm.send("POST", "/api/v1/accounts/" + running.id() + "/cycles", "", 201);
    ClockUtil.setCurrentTime(Date.from(start.plus(Duration.ofHours(1))));
    stricterRules =
        ModelerDeployment.deployed(
            rest,
            "all three groups",
            Map.of(
                "rules/UseCaseShortlisting.drl",
                ShippedRules.withDefault("UseCaseShortlisting", "criteriaGroupsToPass", "3")));
    ClockUtil.setCurrentTime(Date.from(start.plus(Duration.ofHours(2))));
    return running;
  }

  private Account anAccountWithTwoUseCases() {
    String id = "pinned-" + UUID.randomUUID();
    csm.send(
        "PUT",
        "/api/v1/accounts/" + id,
        Map.of(
            "id",
            id,
            "name",
            "Société Générale des Eaux — Région Île-de-France",
            "industry",
            "Utilities",
            "arrAtSigning",
            240000,
            "arrNow",
            240000,
            "renewalDate",
            "2028-03-31",
            "segments",
            List.of(
                Map.of(
                    "key",
                    "idf",
                    "kind",
                    "GEOGRAPHY",
                    "name",
                    "Île-de-France",
                    "licensedUsers",
                    300))),
        201);
    String allGroups =
        postUseCase(
            id,
            1,
            Map.of(
                "touchesCoreOperations",
                true,
                "perspectives",
                List.of("FINANCIAL"),
                "valueQuantifiable",
                true,
                "resourcesAvailable",
                true,
                "stakeholdersIdentified",
                true));
    String twoGroups =
        postUseCase(
            id,
            2,
            Map.of(
                "touchesCoreOperations",
                true,
                "perspectives",
                List.of("FINANCIAL", "INTERNAL_PROCESS"),
                "valueQuantifiable",
                true,
                "resourcesAvailable",
                false,
                "stakeholdersIdentified",
                true));
    return new Account(id, allGroups, twoGroups);
  }

  private String postUseCase(String account, int priority, Map<String, Object> criteria) {
    return csm.send(
            "POST",
            "/api/v1/accounts/" + account + "/use-cases",
            Map.of(
                "title",
                "Relevés de compteurs dans Flow, secteur " + priority,
                "kind",
                "PLANNED",
                "segment",
                "idf",
                "owner",
                "releves" + priority + "@eaux-idf.example",
                "surveyPriority",
                priority,
                "requiredMaturity",
                1,
                "template",
                Map.of(
                    "challengesAndObjectives",
                    "Readings on paper",
                    "expectedOutcomes",
                    "Readings in Flow",
                    "workflow",
                    "Meter readings",
                    "successFactors",
                    "Field staff trained"),
                "kpis",
                List.of(
                    Map.of(
                        "id",
                        "readers",
                        "name",
                        "Field staff reading in Flow",
                        "unit",
                        "users",
                        "baseline",
                        10,
                        "target",
                        40,
                        "method",
                        "ANALYTICS",
                        "kind",
                        "USAGE")),
                "criteria",
                criteria),
            201)
        .at("/id")
        .asText();
  }

  private void shortlistAndSelect(Account account) {
    for (String taskKey :
        List.of(
            "Task_SetVision",
            "Task_IdentifyUseCases",
            "Task_AssignOwners",
            "Task_PlanStakeholderEngagement")) {
      for (JsonNode task : current(account).at("/tasks")) {
        if (task.at("/taskDefinitionKey").asText().equals(taskKey)) {
          csm.submitForm(task.at("/id").asText(), "demo.csm", FormAnswers.forTask(taskKey));
        }
      }
    }
  }

  private List<String> selected(Account account) {
    return current(account).at("/useCases").findValuesAsText("useCaseId");
  }

  private List<String> shortlistingVersions(Account account) {
    JsonNode decisions = csm.get("/api/v1/accounts/" + account.id() + "/decisions").at("/items");
    List<String> versions = new java.util.ArrayList<>();
    for (JsonNode decision : decisions) {
      if (decision.at("/decisionName").asText().equals("UseCaseShortlisting")) {
        versions.add(decision.at("/rulesVersion/deploymentId").asText());
      }
    }
    assertThat(versions).as("shortlisting decisions of " + account.id()).isNotEmpty();
    return versions;
  }

  private JsonNode current(Account account) {
    return csm.get("/api/v1/accounts/" + account.id() + "/cycles/current");
  }
}
