package io.leansuccess.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.leansuccess.support.FormAnswers;
import io.leansuccess.support.Http;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import io.leansuccess.support.TestData;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A quarter as a new team runs it: use cases posted without ids (the API generates UUIDs), the
 * default check-in and execution timers left as they are and fired in the order their due dates put
 * them, a check-in that nobody answers.
 */
@LeanSuccessIntegrationTest
class GeneratedIdsJourneyIT {

  @LocalServerPort int port;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  Api csm;
  String account;

  @BeforeEach
  void anAccountWithThreeUseCasesWithoutIds() {
    clockAt("2027-01-04T09:00:00Z");
    csm = new Api(Http.as(port, "demo.csm", "demo"));
    account = "generated-" + UUID.randomUUID().toString().substring(0, 8);
    csm.send(
        "PUT",
        "/api/v1/accounts/" + account,
        Map.of(
            "id",
            account,
            "name",
            "Initrode",
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
  }

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  void shouldSelectThreeUseCasesWhoseIdsTheApiGenerated() {
    List<String> ids = postUseCases(3);

    startTheCycleAndSelect();

    JsonNode cycle = current();
    assertThat(cycle.at("/useCases").findValuesAsText("useCaseId"))
        .containsExactlyInAnyOrderElementsOf(ids);
    assertThat(cycle.at("/selection/outcome").asText()).contains(ids);
    assertThat(cycle.at("/stage").asText()).isEqualTo("BUILD");
  }

  @Test
  void shouldSelectUseCasesWithTheLongestIdsTheApiAccepts() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String id = (i + "-" + "x".repeat(64)).substring(0, 64);
      Map<String, Object> withId = new LinkedHashMap<>(useCase(i + 1));
      withId.put("id", id);
      csm.send("POST", "/api/v1/accounts/" + account + "/use-cases", withId, 201);
      ids.add(id);
    }

    startTheCycleAndSelect();

    assertThat(current().at("/useCases").findValuesAsText("useCaseId"))
        .containsExactlyInAnyOrderElementsOf(ids);
  }

  @Test
  void shouldEndAnUnansweredCheckInWithTheExecutionPeriodAndMoveTheCycleOn() {
    String useCase = postUseCases(1).get(0);
    startTheCycleAndSelect();
    submit("Task_ReadyUseCase");
    csm.send(
        "POST",
        "/api/v1/use-cases/" + useCase + "/measurements",
        Map.of(
            "eventId",
            UUID.randomUUID().toString(),
            "kpiId",
            "planners",
            "value",
            22,
            "measuredAt",
            "2027-03-15T12:00:00Z",
            "source",
            "analytics"),
        201);

    // R/P1M check-ins and the P3M period, fired in the order of their due dates; the CSM answers
    // the first two check-ins and not the last, which falls due a moment before the period ends
    int checkIns = 0;
    for (Job next = nextTimer();
        !activityOf(next).equals("Timer_ExecutionPeriodEnds");
        next = nextTimer()) {
      fire(next);
      if (activityOf(next).equals("Timer_MonthlyProgressCheckIn") && ++checkIns < 3) {
        submit("Task_ProgressCheckIn");
      }
    }
    assertThat(checkIns).isEqualTo(3);
    assertThat(openTasks("Task_ProgressCheckIn")).as("the unanswered last check-in").isEqualTo(1);

    fire(nextTimer());

    assertThat(openTasks("Task_ProgressCheckIn")).as("check-ins after the period").isZero();

    assertThat(
            runtime
                .createProcessInstanceQuery()
                .processDefinitionKey("UseCaseExecutionProcess")
                .variableValueEquals("accountId", account)
                .count())
        .isZero();
    JsonNode cycle = current();
    assertThat(cycle.at("/stage").asText()).isEqualTo("MEASURE");
    assertThat(cycle.at("/tasks").findValuesAsText("taskDefinitionKey"))
        .contains("Task_EvaluateProgress");
  }

  @Test
  void shouldEndTheCyclesUnansweredCheckInsWithBuildAndStartTheNextQuarter() {
    String useCase = postUseCases(1).get(0);
    startTheCycleAndSelect();
    String quarter =
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey("SuccessCycleProcess")
            .processInstanceBusinessKey(account)
            .singleResult()
            .getId();
    submit("Task_ReadyUseCase");
    csm.send(
        "POST",
        "/api/v1/use-cases/" + useCase + "/measurements",
        Map.of(
            "eventId",
            UUID.randomUUID().toString(),
            "kpiId",
            "planners",
            "value",
            22,
            "measuredAt",
            "2027-03-15T12:00:00Z",
            "source",
            "analytics"),
        201);

    // R/P1M steering and R/P14D champion check-ins beside the use case's P3M period, fired in the
    // order of their due dates; the CSM answers the progress check-ins, and the steering and
    // champion check-ins until March: those of the last month stay open, the manager's follow-ups
    // of the overdue ones too
    Date lastMonth = Date.from(Instant.parse("2027-03-01T00:00:00Z"));
    for (Job next = nextTimer();
        !activityOf(next).equals("Timer_ExecutionPeriodEnds");
        next = nextTimer()) {
      fire(next);
      submit("Task_ProgressCheckIn");
      answerCheckInsDueBefore(lastMonth, "Task_SteeringCheckIn");
      answerCheckInsDueBefore(lastMonth, "Task_ChampionCheckIn");
    }
    for (String checkIn :
        List.of(
            "Task_SteeringCheckIn",
            "Task_ChampionCheckIn",
            "Task_FollowUpSteeringCheckIn",
            "Task_FollowUpChampionCheckIn")) {
      assertThat(openTasks(checkIn)).as("open %s as the period ends", checkIn).isPositive();
    }

    fire(nextTimer());

    for (String checkIn :
        List.of(
            "Task_SteeringCheckIn",
            "Task_ChampionCheckIn",
            "Task_FollowUpSteeringCheckIn",
            "Task_FollowUpChampionCheckIn")) {
      assertThat(openTasks(checkIn)).as("open %s after Build", checkIn).isZero();
    }
    assertThat(current().at("/stage").asText()).isEqualTo("MEASURE");
    submit("Task_EvaluateProgress");
    assertThat(current().at("/stage").asText()).isEqualTo("REVISE");
    csm.submitForm(
        task("Task_ConfirmOutcome").at("/id").asText(), "demo.csm", Map.of("outcome", "ADOPT"));
    submit("Task_ShareSuccessStory");
    assertThat(current().at("/stage").asText()).isEqualTo("REVISE");
    submit("Task_RevisePlan");
    assertThat(current().at("/stage").asText()).isEqualTo("WAITING_FOR_NEXT_QUARTER");

    Job nextQuarter = nextTimer();
    assertThat(activityOf(nextQuarter)).isEqualTo("Timer_NextQuarter");
    fire(nextQuarter);

    assertThat(runtime.createProcessInstanceQuery().processInstanceId(quarter).count())
        .as("the first quarter's process instance")
        .isZero();
    JsonNode next = current();
    assertThat(next.at("/quarter/quarter").asInt()).isEqualTo(2);
    assertThat(next.at("/stage").asText()).isEqualTo("ENVISION");
    assertThat(next.at("/tasks").findValuesAsText("taskDefinitionKey"))
        .containsExactly("Task_ConfirmVision");
  }

  private List<String> postUseCases(int count) {
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      JsonNode created =
          csm.send("POST", "/api/v1/accounts/" + account + "/use-cases", useCase(i), 201);
      ids.add(created.at("/id").asText());
    }
    assertThat(ids).allSatisfy(id -> assertThat(UUID.fromString(id)).isNotNull());
    return ids;
  }

  private void startTheCycleAndSelect() {
    csm.send("POST", "/api/v1/accounts/" + account + "/cycles", "", 201);
    submit("Task_SetVision");
    submit("Task_IdentifyUseCases");
    submit("Task_AssignOwners");
    submit("Task_PlanStakeholderEngagement");
  }

  /**
   * The earliest due timer of this account's processes. The engine's clock stands still here, so a
   * check-in and the period's end can fall due at the same instant; in real time the check-in's
   * timer, created first, falls due first.
   */
  private Job nextTimer() {
    List<String> instances =
        runtime
            .createProcessInstanceQuery()
            .variableValueEquals("accountId", account)
            .list()
            .stream()
            .map(instance -> instance.getId())
            .toList();
    return management.createJobQuery().timers().list().stream()
        .filter(job -> instances.contains(job.getProcessInstanceId()))
        .min(
            Comparator.comparing(Job::getDuedate)
                .thenComparing(job -> activityOf(job).equals("Timer_ExecutionPeriodEnds")))
        .orElseThrow(() -> new AssertionError("no timer due for " + account));
  }

  /** Time passes until the timer is due, and it fires. */
  private void fire(Job timer) {
    ClockUtil.setCurrentTime(timer.getDuedate());
    management.executeJob(timer.getId());
  }

  private String activityOf(Job job) {
    return management
        .createJobDefinitionQuery()
        .jobDefinitionId(job.getJobDefinitionId())
        .singleResult()
        .getActivityId();
  }

  private void submit(String taskKey) {
    for (JsonNode task : current().at("/tasks")) {
      if (task.at("/taskDefinitionKey").asText().equals(taskKey)) {
        csm.submitForm(task.at("/id").asText(), "demo.csm", FormAnswers.forTask(taskKey));
      }
    }
  }

  private void answerCheckInsDueBefore(Date cutoff, String taskKey) {
    for (Task task :
        tasks
            .createTaskQuery()
            .processVariableValueEquals("accountId", account)
            .taskDefinitionKey(taskKey)
            .taskCreatedBefore(cutoff)
            .list()) {
      csm.submitForm(task.getId(), "demo.csm", FormAnswers.forTask(taskKey));
    }
  }

  private JsonNode task(String taskKey) {
    for (JsonNode task : current().at("/tasks")) {
      if (task.at("/taskDefinitionKey").asText().equals(taskKey)) {
        return task;
      }
    }
    throw new AssertionError("No open " + taskKey + " in " + current().at("/tasks"));
  }

  private long openTasks(String taskKey) {
    return tasks
        .createTaskQuery()
        .processVariableValueEquals("accountId", account)
        .taskDefinitionKey(taskKey)
        .count();
  }

  private JsonNode current() {
    return csm.get("/api/v1/accounts/" + account + "/cycles/current");
  }

  private static Map<String, Object> useCase(int priority) {
    return Map.of(
        "title",
        "Plan the week in Flow, depot " + priority,
        "kind",
        "PLANNED",
        "segment",
        "emea",
        "owner",
        "planner" + priority + "@initrode.example",
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
                "planners",
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
                "USAGE")),
        "criteria",
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
  }

  private static void clockAt(String instant) {
    ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
  }
}
