package io.leansuccess.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.leansuccess.support.HealthRuns;
import io.leansuccess.support.Http;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import io.leansuccess.support.TestData;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One account's quarter as its people live it, through the REST API and {@code /engine-rest} on
 * PostgreSQL: the CRM sends the account and a use case (its id the API's), the CSM answers every
 * task with its form's fields as Tasklist submits them, analytics sends usage, the due health run
 * evaluates it, and time passes timer by timer in the order the default durations put them (the
 * only thing the test does behind the API's back). Every task is checked against the stage the
 * cycle reports, and the QBR against what the account's pages and maturity say after Revise.
 */
@LeanSuccessIntegrationTest
class QuarterlyReviewJourneyIT {

  private static final Instant START = Instant.parse("2027-01-04T09:00:00Z");

  /** The method's four stages as the README tells them, for every task a quarter opens. */
  private static final Map<String, String> STAGE_OF_TASK =
      Map.ofEntries(
          Map.entry("Task_SetVision", "ENVISION"),
          Map.entry("Task_IdentifyUseCases", "ENVISION"),
          Map.entry("Task_AssignOwners", "ENVISION"),
          Map.entry("Task_PlanStakeholderEngagement", "ENVISION"),
          Map.entry("Task_ReadyUseCase", "BUILD"),
          Map.entry("Task_ProgressCheckIn", "BUILD"),
          Map.entry("Task_SteeringCheckIn", "BUILD"),
          Map.entry("Task_ChampionCheckIn", "BUILD"),
          Map.entry("Task_EvaluateProgress", "MEASURE"),
          Map.entry("Task_ConfirmOutcome", "REVISE"),
          Map.entry("Task_ShareSuccessStory", "REVISE"),
          Map.entry("Task_RevisePlan", "REVISE"));

  /** The stages in the method's order; a quarter only ever moves forward through them. */
  private static final List<String> STAGE_ORDER =
      List.of("ENVISION", "BUILD", "MEASURE", "REVISE", "WAITING_FOR_NEXT_QUARTER");

  @LocalServerPort int port;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  @Autowired HealthRuns health;

  // "zz" sorts after the other tests' accounts, so the due health runs here see only this one
  private final String prefix = "zz-qbr-" + UUID.randomUUID().toString().substring(0, 8);
  private final String account = prefix + "-globex";
  private Api csm;
  private final List<String> worked = new ArrayList<>();
  private final List<String> stagesSeen = new ArrayList<>();
  // what the user notices is checked softly, so one run tells every stage and QBR figure that is
  // wrong
  private final SoftAssertions softly = new SoftAssertions();

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  void shouldReportEachTasksStageAndReviewTheQuartersOutcomesMaturityMovesAndHealth() {
    clockAt(Instant.parse("2026-12-20T02:00:00Z"));
    csm = new Api(Http.as(port, "demo.csm", "demo"));
    csm.send(
        "PUT",
        "/api/v1/accounts/" + account,
        Map.of(
            "id",
            account,
            "name",
            "Globex Logistics",
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
                Map.of(
                    "key", "emea", "kind", "GEOGRAPHY", "name", "Europe", "licensedUsers", 100))),
        201);
    String useCase =
        csm.send("POST", "/api/v1/accounts/" + account + "/use-cases", routePlanning(), 201)
            .at("/id")
            .asText();
    // before the quarter: amber in December, green by New Year's Day, when the cycle starts
    usage(30);
    health.evaluateDue(prefix, 10);
    clockAt(Instant.parse("2027-01-01T02:00:00Z"));
    usage(45);
    health.evaluateDue(prefix, 10);
    clockAt(START);

    JsonNode cycle = csm.send("POST", "/api/v1/accounts/" + account + "/cycles", "", 201);
    String cycleId = cycle.at("/id").asText();
    workOpenTasks();
    assertThat(current().at("/useCases").findValuesAsText("useCaseId")).containsExactly(useCase);

    // Build: three months pass timer by timer; usage dips in February and is back by the end of
    // March
    Map<Instant, Integer> usage = new LinkedHashMap<>();
    usage.put(Instant.parse("2027-02-08T09:00:00Z"), 30);
    usage.put(Instant.parse("2027-03-22T09:00:00Z"), 46);
    measure(useCase, "planners", 12);
    measure(useCase, "on-time", 96);
    String fired;
    do {
      Job next = nextTimer();
      usage
          .entrySet()
          .removeIf(
              reading -> {
                if (reading.getKey().isAfter(next.getDuedate().toInstant())) {
                  return false;
                }
                clockAt(reading.getKey());
                usage(reading.getValue());
                health.evaluateDue(prefix, 10);
                return true;
              });
      clockAt(next.getDuedate().toInstant());
      fired = activityOf(next);
      management.executeJob(next.getId());
      workOpenTasks();
    } while (!fired.equals("Timer_ExecutionPeriodEnds"));
    assertThat(usage).as("usage readings before the period ended").isEmpty();
    assertThat(worked)
        .contains(
            "Task_ChampionCheckIn",
            "Task_SteeringCheckIn",
            "Task_ProgressCheckIn",
            "Task_ConfirmOutcome",
            "Task_ShareSuccessStory",
            "Task_EvaluateProgress",
            "Task_RevisePlan");
    assertThat(current().at("/stage").asText()).isEqualTo("WAITING_FOR_NEXT_QUARTER");
    stagesSeen.add(current().at("/stage").asText());
    assertThat(stagesSeen.stream().map(STAGE_ORDER::indexOf).toList())
        .as(
            "the stages the cycle reported over the quarter, task by task, never go back: %s",
            stagesSeen)
        .doesNotContain(-1)
        .isSorted();

    // the QBR shows the quarter's outcome and the maturity the account now has
    JsonNode qbr = csm.get("/api/v1/accounts/" + account + "/cycles/" + cycleId + "/qbr");
    JsonNode maturity = csm.get("/api/v1/accounts/" + account + "/maturity");
    assertThat(maturity.at("/segments/0/level").asInt()).isEqualTo(2);
    softly.assertThat(qbr.at("/useCases").findValuesAsText("outcome")).containsExactly("ADOPT");
    softly.assertThat(qbr.at("/maturity/0/segment").asText()).isEqualTo("emea");
    softly
        .assertThat(qbr.at("/maturity/0/level").asInt())
        .as("the QBR's maturity after Revise")
        .isEqualTo(maturity.at("/segments/0/level").asInt());
    softly.assertThat(qbr.at("/maturity/0/previousLevel").asInt()).isEqualTo(1);

    // and the account's health over the quarter: green (since New Year), amber in February with its
    // warning signs, green again; December's amber was before the quarter
    softly
        .assertThat(qbr.at("/health").findValuesAsText("colour"))
        .containsExactly("GREEN", "AMBER", "GREEN");
    softly.assertThat(qbr.at("/health/0/firstEvaluatedAt").asText()).startsWith("2027-01-01");
    JsonNode amber = qbr.at("/health/1");
    softly.assertThat(amber.at("/firstEvaluatedAt").asText()).startsWith("2027-02-08");
    softly
        .assertThat(amber.at("/warningSigns").findValuesAsText("description"))
        .contains(
            "Active users below 40% of licences (30 of 100)",
            "Active users fell by 10% or more since the previous reading (45 to 30)");

    String page =
        Http.as(port, "demo.csm", "demo")
            .get("/pages/accounts/" + account + "/cycles/" + cycleId + "/qbr")
            .body();
    softly
        .assertThat(page)
        .contains(
            "aria-label=\"Health over the quarter\"",
            "Active users below 40% of licences (30 of 100)",
            "level <span class=\"level\">2</span>",
            "(up from 1 this quarter)")
        .doesNotContain("No health signals yet");
    softly.assertAll();
  }

  /**
   * Answers every open task of the cycle and its use-case executions as Tasklist would, checking
   * its stage.
   */
  private void workOpenTasks() {
    for (JsonNode task = firstOpenTask(); task != null; task = firstOpenTask()) {
      String key = task.at("/taskDefinitionKey").asText();
      String stage = current().at("/stage").asText();
      stagesSeen.add(stage);
      softly
          .assertThat(stage)
          .as("the stage the cycle reports while %s is open", key)
          .isEqualTo(STAGE_OF_TASK.get(key));
      String id = task.at("/id").asText();
      csm.completeTask(id, "demo.csm", formFields(key, id));
      worked.add(key);
    }
  }

  private JsonNode firstOpenTask() {
    JsonNode tasks = current().at("/tasks");
    return tasks.isEmpty() ? null : tasks.get(0);
  }

  /** What the CSM fills in each task's Camunda Form: every required field. */
  private Map<String, Object> formFields(String taskKey, String taskId) {
    Map<String, Object> fields = new HashMap<>();
    switch (taskKey) {
      case "Task_SetVision" -> {
        fields.put("visionStatement", "Every warehouse plans its week in Globex Flow");
        fields.put("visionObjectives", "Planning in the product: 80% of plans made in Flow");
      }
      case "Task_IdentifyUseCases" -> fields.put("pipelineReady", true);
      case "Task_AssignOwners" -> fields.put("ownersConfirmed", true);
      case "Task_PlanStakeholderEngagement" ->
          fields.put("stakeholderPlan", "Monthly steering with the COO");
      case "Task_ReadyUseCase" -> {
        fields.put("ownerConfirmed", true);
        fields.put("templateComplete", true);
        fields.put("usersTrained", true);
      }
      case "Task_ProgressCheckIn" -> {
        fields.put("progressStatus", "ON_TRACK");
        fields.put("progressNotes", "Planners use the board every Monday");
      }
      case "Task_SteeringCheckIn" -> {
        fields.put("steeringStatus", "ON_TRACK");
        fields.put("steeringNotes", "The COO keeps the roll-out on the agenda");
      }
      case "Task_ChampionCheckIn" -> fields.put("championNotes", "Two new champions in Rotterdam");
      // the form shows the rules' proposal selected; the CSM keeps it
      case "Task_ConfirmOutcome" ->
          fields.put(
              "outcome",
              csm.get("/engine-rest/task/" + taskId + "/form-variables?variableNames=outcome")
                  .at("/outcome/value")
                  .asText());
      case "Task_ShareSuccessStory" ->
          fields.put("storyLink", "https://community.globex.example/stories/planning");
      case "Task_EvaluateProgress" -> {
        fields.put("progressRating", "ON_TRACK");
        fields.put("progressAssessment", "Planning moved into the product in Europe");
      }
      case "Task_RevisePlan" ->
          fields.put("revisedPlan", "Take weekly planning to Asia next quarter");
      default -> throw new AssertionError("A task this journey does not expect: " + taskKey);
    }
    Map<String, Object> variables = new HashMap<>();
    fields.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    return variables;
  }

  /** The earliest timer of the cycle and its use-case executions: the next thing time brings. */
  private Job nextTimer() {
    String cycleProcess = current().at("/processInstanceId").asText();
    List<String> processes = new ArrayList<>(List.of(cycleProcess));
    runtime
        .createProcessInstanceQuery()
        .superProcessInstanceId(cycleProcess)
        .list()
        .forEach(execution -> processes.add(execution.getId()));
    return processes.stream()
        .flatMap(
            process ->
                management.createJobQuery().processInstanceId(process).timers().list().stream())
        .min(Comparator.comparing(Job::getDuedate).thenComparing(Job::getId))
        .orElseThrow(() -> new AssertionError("No timer runs in the cycle of " + account));
  }

  private String activityOf(Job timer) {
    return management
        .createJobDefinitionQuery()
        .jobDefinitionId(timer.getJobDefinitionId())
        .singleResult()
        .getActivityId();
  }

  private JsonNode current() {
    return csm.get("/api/v1/accounts/" + account + "/cycles/current");
  }

  private void usage(int activeUsers) {
    csm.send(
        "POST",
        "/api/v1/accounts/" + account + "/signals",
        Map.of(
            "eventId",
            UUID.randomUUID().toString(),
            "kind",
            "ACTIVE_USERS",
            "segmentKey",
            "emea",
            "value",
            activeUsers,
            "occurredAt",
            ClockUtil.getCurrentTime().toInstant().minusSeconds(3 * 3600).toString()),
        201);
  }

  private void measure(String useCaseId, String kpiId, double value) {
    csm.send(
        "POST",
        "/api/v1/use-cases/" + useCaseId + "/measurements",
        Map.of(
            "eventId",
            UUID.randomUUID().toString(),
            "kpiId",
            kpiId,
            "value",
            value,
            "measuredAt",
            "2027-03-30T12:00:00Z",
            "source",
            "analytics"),
        201);
  }

  /** The CRM's use case, without an id: the API gives it one. */
  private static String routePlanning() {
    return """
        {"title": "Route planning in Flow", "kind": "PLANNED", "segment": "emea",
         "owner": "ana.dispatch@globex.example", "surveyPriority": 1, "requiredMaturity": 1,
         "template": {"challengesAndObjectives": "Dispatchers plan routes in spreadsheets every morning",
                      "expectedOutcomes": "Routes planned in Flow by 8 am", "workflow": "Daily route planning",
                      "successFactors": "Two dispatchers trained as champions"},
         "kpis": [{"id": "planners", "name": "Dispatchers planning in Flow", "unit": "users", "baseline": 4,
                   "target": 12, "method": "ANALYTICS", "kind": "USAGE"},
                  {"id": "on-time", "name": "Deliveries on time", "unit": "%", "baseline": 82, "target": 95,
                   "method": "ANALYTICS", "kind": "VALUE"}],
         "criteria": {"touchesCoreOperations": true, "perspectives": ["CUSTOMER", "INTERNAL_PROCESS"],
                      "valueQuantifiable": true, "resourcesAvailable": true, "stakeholdersIdentified": true}}""";
  }

  private static void clockAt(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
  }
}
