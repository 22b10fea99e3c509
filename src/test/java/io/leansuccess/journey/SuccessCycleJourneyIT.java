package io.leansuccess.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.leansuccess.support.FormAnswers;
import io.leansuccess.support.Http;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import io.leansuccess.support.TestData;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A CS team's quarter, end to end through the REST API on PostgreSQL: the CRM creates the account,
 * the CSM fills the pipeline and works the tasks as Tasklist does, analytics posts measurements and
 * usage, time passes (the only thing the test does behind the API's back).
 */
@LeanSuccessIntegrationTest
class SuccessCycleJourneyIT {

  @LocalServerPort int port;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  void shouldRunAQuarterFromPipelineToAdoptionMaturityAndTheNextCycle() {
    clockAt("2027-01-04T09:00:00Z");
    Api csm = new Api(Http.as(port, "demo.csm", "demo"));
    String account = "journey-" + UUID.randomUUID().toString().substring(0, 8);

    csm.send(
        "PUT",
        "/api/v1/accounts/" + account,
        Map.of(
            "id",
            account,
            "name",
            "Globex",
            "industry",
            "Logistics",
            "arrAtSigning",
            90000,
            "arrNow",
            90000,
            "renewalDate",
            TestData.renewalInAYear().toString(),
            "segments",
            List.of(
                Map.of("key", "emea", "kind", "GEOGRAPHY", "name", "Europe", "licensedUsers", 100),
                Map.of(
                    "key",
                    "apac",
                    "kind",
                    "GEOGRAPHY",
                    "name",
                    "Asia Pacific",
                    "licensedUsers",
                    50))),
        201);
    csm.send(
        "PUT",
        "/api/v1/accounts/" + account + "/visions/2027",
        Map.of(
            "statement",
            "Every warehouse plans its week in Globex Flow",
            "objectives",
            List.of(
                Map.of(
                    "title", "Planning in the product", "measure", "80% of plans made in Flow"))),
        201);
    for (Map<String, Object> useCase : sixUseCases()) {
      csm.send("POST", "/api/v1/accounts/" + account + "/use-cases", useCase, 201);
    }

    JsonNode cycle = csm.send("POST", "/api/v1/accounts/" + account + "/cycles", "", 201);
    assertThat(cycle.at("/stage").asText()).isEqualTo("ENVISION");
    complete(csm, account, "Task_SetVision");
    complete(csm, account, "Task_IdentifyUseCases");

    cycle = current(csm, account);
    assertThat(cycle.at("/useCases").findValuesAsText("useCaseId"))
        .containsExactly("adopt", "iterate", "discard");
    assertThat(cycle.at("/selection/firedRules").toString())
        .contains("Top shortlisted use case takes the next slot");
    assertThat(status(csm, "spare")).isEqualTo("SHORTLISTED");
    assertThat(status(csm, "weak")).isEqualTo("NOT_SHORTLISTED");
    assertThat(status(csm, "found")).isEqualTo("CAPTURED");
    assertThat(csm.get("/api/v1/use-cases/weak").at("/decisions/0/firedRules").toString())
        .contains("Use case passes too few criteria groups");

    complete(csm, account, "Task_AssignOwners");
    complete(csm, account, "Task_PlanStakeholderEngagement");
    assertThat(current(csm, account).at("/stage").asText()).isEqualTo("BUILD");
    for (int i = 0; i < 3; i++) {
      complete(csm, account, "Task_ReadyUseCase");
    }

    measure(csm, "adopt", 20, 100);
    measure(csm, "iterate", 15, 60);
    measure(csm, "discard", 11, 10);
    usage(csm, account, "emea", 45);
    usage(csm, account, "apac", 10);

    clockAt("2027-04-04T09:00:01Z");
    fireTimers(account, "Timer_ExecutionPeriodEnds");
    complete(csm, account, "Task_EvaluateProgress");
    for (int i = 0; i < 3; i++) {
      complete(csm, account, "Task_ConfirmOutcome");
    }
    complete(csm, account, "Task_ShareSuccessStory");
    assertThat(status(csm, "adopt")).isEqualTo("ADOPTED");
    assertThat(status(csm, "iterate")).isEqualTo("ITERATING");
    assertThat(status(csm, "discard")).isEqualTo("DISCARDED");
    assertThat(csm.get("/api/v1/use-cases/iterate").at("/iterations").asInt()).isEqualTo(1);

    JsonNode maturity = csm.get("/api/v1/accounts/" + account + "/maturity");
    JsonNode emea = segment(maturity, "emea");
    assertThat(emea.at("/level").asInt()).isEqualTo(2);
    assertThat(emea.at("/transitions/0/firedRules").toString())
        .contains(
            "Usage: enough licensed users active",
            "Promote one level when the next level's criteria hold");
    assertThat(emea.at("/transitions/0/rulesVersion/resource").asText())
        .endsWith("MaturityTransitions.drl");
    assertThat(segment(maturity, "apac").at("/level").asInt()).isEqualTo(1);
    JsonNode qbr =
        csm.get("/api/v1/accounts/" + account + "/cycles/" + cycle.at("/id").asText() + "/qbr");
    assertThat(qbr.at("/quarter").asText()).isEqualTo("2027-Q1");
    assertThat(qbr.at("/vision/statement").asText())
        .isEqualTo("Every warehouse plans its week in Globex Flow");
    assertThat(qbr.at("/useCases").findValuesAsText("outcome"))
        .containsExactly("ADOPT", "ITERATE", "DISCARD");
    assertThat(qbr.at("/useCases/1/kpis/0/progress").asDouble()).isEqualTo(0.5);
    assertThat(qbr.at("/nextQuarter").findValuesAsText("id")).contains("iterate", "spare");
    complete(csm, account, "Task_RevisePlan");

    fireTimers(account, "Timer_NextQuarter");
    JsonNode next = current(csm, account);
    assertThat(next.at("/quarter/quarter").asInt()).isEqualTo(2);
    complete(csm, account, "Task_ConfirmVision");
    complete(csm, account, "Task_IdentifyUseCases");
    next = current(csm, account);
    assertThat(next.at("/useCases/0/useCaseId").asText()).isEqualTo("iterate");
    assertThat(next.at("/useCases/0/carriedOver").asBoolean()).isTrue();
    assertThat(next.at("/useCases").findValuesAsText("useCaseId"))
        .containsExactly("iterate", "spare");
  }

  private static List<Map<String, Object>> sixUseCases() {
    List<Map<String, Object>> useCases = new ArrayList<>();
    useCases.add(useCase("adopt", "PLANNED", 1, true, true));
    useCases.add(useCase("iterate", "PLANNED", 2, true, true));
    useCases.add(useCase("discard", "PLANNED", 3, true, true));
    useCases.add(useCase("spare", "PLANNED", 4, true, false));
    useCases.add(useCase("weak", "PLANNED", 5, false, false));
    useCases.add(useCase("found", "PRE_EXISTING", 6, false, false));
    return useCases;
  }

  /** Strategic and measurable always; feasible when asked; "weak" only measurable. */
  private static Map<String, Object> useCase(
      String id, String kind, int priority, boolean strategic, boolean feasible) {
    return Map.of(
        "id",
        id,
        "title",
        "Use case " + id,
        "kind",
        kind,
        "segment",
        "emea",
        "owner",
        id + "@globex.example",
        "surveyPriority",
        priority,
        "requiredMaturity",
        1,
        "template",
        Map.of(
            "challengesAndObjectives",
            "Plans live in spreadsheets",
            "expectedOutcomes",
            "Plans in Flow",
            "workflow",
            "Weekly planning",
            "successFactors",
            "Planner training"),
        "kpis",
        List.of(
            Map.of(
                "id",
                "adoption",
                "name",
                "Weekly planners",
                "unit",
                "users",
                "baseline",
                10,
                "target",
                20,
                "method",
                "ANALYTICS",
                "kind",
                "USAGE"),
            Map.of(
                "id",
                "savings",
                "name",
                "Hours saved",
                "unit",
                "hours",
                "baseline",
                0,
                "target",
                100,
                "method",
                "SURVEY",
                "kind",
                "VALUE")),
        "criteria",
        Map.of(
            "touchesCoreOperations",
            strategic,
            "perspectives",
            List.of("FINANCIAL"),
            "valueQuantifiable",
            feasible,
            "resourcesAvailable",
            true,
            "stakeholdersIdentified",
            true));
  }

  private void complete(Api csm, String account, String taskKey) {
    JsonNode task = null;
    for (JsonNode candidate : current(csm, account).at("/tasks")) {
      if (candidate.at("/taskDefinitionKey").asText().equals(taskKey)) {
        task = candidate;
        break;
      }
    }
    assertThat(task)
        .as("an open %s in %s", taskKey, current(csm, account).at("/tasks"))
        .isNotNull();
    csm.submitForm(task.at("/id").asText(), "demo.csm", FormAnswers.forTask(taskKey));
  }

  private JsonNode current(Api csm, String account) {
    return csm.get("/api/v1/accounts/" + account + "/cycles/current");
  }

  private String status(Api csm, String useCaseId) {
    return csm.get("/api/v1/use-cases/" + useCaseId).at("/status").asText();
  }

  private void measure(Api api, String useCaseId, double adoption, double savings) {
    for (var kpi : Map.of("adoption", adoption, "savings", savings).entrySet()) {
      api.send(
          "POST",
          "/api/v1/use-cases/" + useCaseId + "/measurements",
          Map.of(
              "eventId",
              UUID.randomUUID().toString(),
              "kpiId",
              kpi.getKey(),
              "value",
              kpi.getValue(),
              "measuredAt",
              "2027-03-30T12:00:00Z",
              "source",
              "analytics"),
          201);
    }
  }

  private void usage(Api api, String account, String segment, int activeUsers) {
    api.send(
        "POST",
        "/api/v1/accounts/" + account + "/signals",
        Map.of(
            "eventId",
            UUID.randomUUID().toString(),
            "kind",
            "ACTIVE_USERS",
            "segmentKey",
            segment,
            "value",
            activeUsers,
            "occurredAt",
            "2027-03-30T12:00:00Z"),
        201);
  }

  private void fireTimers(String account, String activityId) {
    DueTimers.fire(runtime, management, account, activityId);
  }

  private static JsonNode segment(JsonNode maturity, String key) {
    for (JsonNode segment : maturity.at("/segments")) {
      if (segment.at("/key").asText().equals(key)) {
        return segment;
      }
    }
    throw new AssertionError("No segment " + key + " in " + maturity);
  }

  private static void clockAt(String instant) {
    ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
  }
}
