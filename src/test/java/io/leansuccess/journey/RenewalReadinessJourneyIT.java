package io.leansuccess.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.leansuccess.renewal.RenewalReadinessProcess;
import io.leansuccess.support.HealthRuns;
import io.leansuccess.support.Http;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * "Renewal play? Not so fast" end to end through the API on PostgreSQL: the CRM sends contracts
 * whose renewals are 120 and 121 days away, the readiness task opens for the first only with its
 * six answers (those the data cannot give flagged), only the account's team sees it, the CSM
 * answers the rest in the form as Tasklist submits it, and the rules call the renewal ready. A
 * renewal the CRM moves away cancels the readiness; the daily run opens one for a renewal that came
 * close as time passed. The engine clock stands in 2031, so no other test's renewal is close.
 */
@LeanSuccessIntegrationTest
class RenewalReadinessJourneyIT {

  private static final Instant TODAY = Instant.parse("2031-03-03T09:00:00Z");
  private static final LocalDate DAY = LocalDate.ofInstant(TODAY, ZoneOffset.UTC);

  @LocalServerPort int port;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  @Autowired HealthRuns runs;

  // the daily run here starts after this prefix; the accounts after it of other tests (the health
  // runs' "zz..." ones, which must stay last) renew long before 2031, so it opens only these
  private final String prefix = "renewal-journey-" + UUID.randomUUID();
  private Api crm;
  private Api csm;
  private Api otherTeamsCsm;

  @BeforeEach
  void signedIn() {
    ClockUtil.setCurrentTime(Date.from(TODAY));
    crm = new Api(Http.as(port, "demo.integration", "demo"));
    csm = new Api(Http.as(port, "demo.csm", "demo"));
    otherTeamsCsm = new Api(Http.as(port, "demo.csm.americas", "demo"));
  }

  @AfterEach
  void realTimeAndNothingLeftRunning() {
    ClockUtil.reset();
    runtime
        .createProcessInstanceQuery()
        .processInstanceBusinessKeyLike(prefix + "%")
        .list()
        .forEach(instance -> runtime.deleteProcessInstance(instance.getId(), "test is done"));
  }

  @Test
  void shouldOpenTheReadinessTaskWithItsSixAnswersForARenewalExactlyTheWindowAway() {
    String close = prefix + "-a";
    String notYet = prefix + "-b";
    contract(close, "Initech", DAY.plusDays(120));
    contract(notYet, "Hooli", DAY.plusDays(121));

    assertThat(readiness(notYet).at("/total").asInt()).as("121 days: not yet").isZero();
    JsonNode opened = onlyReadiness(close);
    assertThat(opened.at("/renewalDate").asText()).isEqualTo(DAY.plusDays(120).toString());
    UUID.fromString(opened.at("/id").asText());
    assertThat(opened.at("/verdict").isNull()).as("briefed in a job of its own").isTrue();

    brief(opened);
    JsonNode briefed = onlyReadiness(close);
    assertThat(briefed.at("/verdict").asText()).isEqualTo("ANSWERS_MISSING");
    JsonNode answers = briefed.at("/brief/answers");
    assertThat(answers.findValuesAsText("question"))
        .containsExactly(
            "WHO_THEY_ARE",
            "RELATIONSHIP_HEALTH",
            "CHALLENGES_OVERCOME",
            "MATURITY",
            "EXPECTED_VALUE",
            "REASONS_TO_REINVEST");
    assertThat(answers.get(0).at("/answer").asText())
        .contains("Initech", "Logistics", "Dana Scully, COO (cares about Fewer late shipments)");
    assertThat(answers.get(3).at("/answer").asText()).isEqualTo("Europe: level 1, Launch");
    assertThat(answers.get(4).at("/answered").asBoolean())
        .as("the success plan's timeline")
        .isTrue();
    assertThat(answers.get(4).at("/answer").asText()).contains("expected by", "not reached yet");
    assertThat(briefed.at("/brief/unanswered").toString())
        .isEqualTo("[\"RELATIONSHIP_HEALTH\",\"CHALLENGES_OVERCOME\",\"REASONS_TO_REINVEST\"]");
    assertThat(answers.get(5).at("/answer").asText())
        .isEqualTo(
            "The data cannot answer this: no KPI of an adopted use case measured against its"
                + " baseline");
    JsonNode decision = csm.get("/api/v1/decisions/" + briefed.at("/decisionId").asText());
    assertThat(decision.at("/outcome").asText()).isEqualTo("ANSWERS_MISSING");
    assertThat(decision.at("/firedRules").toString())
        .contains("Answer the open questions first: the data cannot answer them all");

    // Tasklist: the team's CSM sees the task with the brief; another team's CSM does not
    JsonNode task = onlyTask(csm, close);
    assertThat(task.at("/taskDefinitionKey").asText())
        .isEqualTo(RenewalReadinessProcess.TASK_PREPARE_RENEWAL);
    assertThat(task.at("/due").asText()).startsWith(DAY.plusDays(14).toString());
    String taskId = task.at("/id").asText();
    JsonNode variables = csm.get("/engine-rest/task/" + taskId + "/form-variables");
    assertThat(variables.at("/briefRelationshipHealth/value").asText())
        .startsWith("⚠ The data cannot answer this");
    assertThat(variables.at("/briefWhoTheyAre/value").asText()).startsWith("Initech");
    assertThat(tasks(otherTeamsCsm, close).size()).isZero();
    otherTeamsCsm.get("/api/v1/accounts/" + close + "/renewal-readiness", 404);
    Http other = Http.as(port, "demo.csm.americas", "demo");
    assertThat(
            other
                .send(
                    other
                        .request("/engine-rest/task/" + taskId + "/complete")
                        .header("Content-Type", "application/json")
                        .POST(BodyPublishers.ofString("{\"variables\": {}}")))
                .statusCode())
        .isIn(403, 404);

    // the CSM answers what the data could not: ready for the renewal conversation
    csm.submitForm(
        taskId,
        "demo.csm",
        Map.of(
            "answerRelationshipHealth", "Weekly calls with the COO, who renewed her team's budget",
            "answerChallengesOvercome", "Moved 40 planners off spreadsheets during peak season",
            "answerReasonsToReinvest", "Planning time down a third; purchasing wants the same"));
    JsonNode prepared = onlyReadiness(close);
    assertThat(prepared.at("/verdict").asText()).isEqualTo("RENEWAL_READY");
    assertThat(prepared.at("/closedAs").asText()).isEqualTo("PREPARED");
    assertThat(prepared.at("/brief/unanswered").size()).isZero();
    assertThat(prepared.at("/brief/answers/1/byCsm").asBoolean()).isTrue();
    assertThat(tasks(csm, close).size()).isZero();

    // the CRM corrects the renewal date: the same renewal, already prepared, nothing new opens
    crm.send("PUT", "/api/v1/accounts/" + close, account(close, "Initech", DAY.plusDays(119)), 200);
    crm.send("PUT", "/api/v1/accounts/" + close, account(close, "Initech", DAY.plusDays(120)), 200);
    assertThat(readiness(close).at("/total").asInt()).isOne();
  }

  @Test
  void shouldMoveTheReadinessWithItsRenewalAndCancelItWhenTheRenewalMovesAway() {
    String account = prefix + "-c";
    contract(account, "Globex", DAY.plusDays(100));
    String processInstance = onlyReadiness(account).at("/processInstanceId").asText();

    crm.send(
        "PUT", "/api/v1/accounts/" + account, account(account, "Globex", DAY.plusDays(110)), 200);
    JsonNode moved = onlyReadiness(account);
    assertThat(moved.at("/renewalDate").asText()).isEqualTo(DAY.plusDays(110).toString());
    assertThat(moved.at("/closedAt").isNull()).isTrue();
    assertThat(runtime.getVariable(processInstance, RenewalReadinessProcess.RENEWAL_DATE))
        .isEqualTo(DAY.plusDays(110).toString());

    crm.send(
        "PUT", "/api/v1/accounts/" + account, account(account, "Globex", DAY.plusDays(300)), 200);
    JsonNode cancelled = onlyReadiness(account);
    assertThat(cancelled.at("/closedAs").asText()).isEqualTo("CANCELLED");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(processInstance).count())
        .isZero();

    crm.send(
        "PUT", "/api/v1/accounts/" + account, account(account, "Globex", DAY.plusDays(90)), 200);
    JsonNode again = readiness(account).at("/items/0");
    assertThat(readiness(account).at("/total").asInt()).isEqualTo(2);
    assertThat(again.at("/closedAt").isNull()).isTrue();
    assertThat(again.at("/renewalDate").asText()).isEqualTo(DAY.plusDays(90).toString());
  }

  @Test
  void shouldOpenTheReadinessInTheDailyRunOnceTheRenewalHasComeCloseAndNeverTwice() {
    String account = prefix + "-d";
    contract(account, "Umbrella", DAY.plusDays(125));
    assertThat(readiness(account).at("/total").asInt()).isZero();

    ClockUtil.setCurrentTime(Date.from(TODAY.plusSeconds(5 * 86400)));
    dailyRun();
    dailyRun();

    JsonNode opened = onlyReadiness(account);
    assertThat(opened.at("/renewalDate").asText()).isEqualTo(DAY.plusDays(125).toString());
    assertThat(
            runtime
                .createProcessInstanceQuery()
                .processDefinitionKey(RenewalReadinessProcess.KEY)
                .processInstanceBusinessKey(account)
                .count())
        .isOne();
  }

  @Test
  void shouldAskForTheGetWellPlanFirstAndNeverStartASecondOne() {
    String account = prefix + "-e";
    contract(account, "Umbrella Freight", DAY.plusDays(100));
    csm.send(
        "POST",
        "/api/v1/accounts/" + account + "/signals",
        Map.of(
            "eventId",
            UUID.randomUUID().toString(),
            "kind",
            "NPS",
            "value",
            -40,
            "occurredAt",
            TODAY.minusSeconds(3600).toString()),
        201);
    runs.evaluateDue(prefix, 10);

    brief(onlyReadiness(account));

    JsonNode judged = onlyReadiness(account);
    assertThat(judged.at("/verdict").asText()).isEqualTo("GET_WELL_FIRST");
    assertThat(judged.at("/brief/healthColour").asText()).isEqualTo("AMBER");
    assertThat(judged.at("/brief/answers/1/answer").asText()).startsWith("AMBER since");
    assertThat(
            csm.get("/api/v1/decisions/" + judged.at("/decisionId").asText())
                .at("/firedRules")
                .toString())
        .contains("Get well first: the relationship is not healthy");
    assertThat(csm.get("/api/v1/accounts/" + account + "/get-well-plans").at("/total").asInt())
        .as("the plan the health rules opened, no second one")
        .isOne();
  }

  private void dailyRun() {
    var run =
        runs.startByTimer(
            RenewalReadinessProcess.RUN_KEY, RenewalReadinessProcess.START_DAILY, prefix, 2);
    runs.runToTheEnd(run, RenewalReadinessProcess.TASK_OPEN_DUE_RENEWALS);
  }

  private void brief(JsonNode readiness) {
    Job job =
        management
            .createJobQuery()
            .processInstanceId(readiness.at("/processInstanceId").asText())
            .activityId(RenewalReadinessProcess.TASK_JUDGE_READINESS)
            .singleResult();
    management.executeJob(job.getId());
  }

  private JsonNode readiness(String account) {
    return csm.get("/api/v1/accounts/" + account + "/renewal-readiness");
  }

  private JsonNode onlyReadiness(String account) {
    JsonNode page = readiness(account);
    assertThat(page.at("/total").asInt()).as(page.toString()).isOne();
    return page.at("/items/0");
  }

  private JsonNode tasks(Api as, String account) {
    return as.get(
        "/engine-rest/task?firstResult=0&maxResults=15&processDefinitionKey="
            + RenewalReadinessProcess.KEY
            + "&processInstanceBusinessKey="
            + account);
  }

  private JsonNode onlyTask(Api as, String account) {
    JsonNode tasks = tasks(as, account);
    assertThat(tasks.size()).as(tasks.toString()).isOne();
    return tasks.get(0);
  }

  private void contract(String account, String name, LocalDate renewal) {
    crm.send(
        "POST",
        "/api/v1/contracts",
        """
        {"contractId": "%s", "accountId": "%s", "accountName": "%s", "industry": "Logistics",
         "purchase": {"plan": "Enterprise", "products": ["Flow"], "licences": 100},
         "arr": 120000, "renewalDate": "%s", "signedAt": "2030-07-01T09:00:00Z",
         "segments": [{"key": "emea", "kind": "GEOGRAPHY", "name": "Europe", "licensedUsers": 100}],
         "customerContacts": [{"name": "Dana Scully", "email": "dana@initech.example", "title": "COO",
                               "interests": "Fewer late shipments"}],
         "goals": ["Plan every warehouse week in the product"]}"""
            .formatted(UUID.randomUUID(), account, name, renewal),
        201);
  }

  private static Map<String, Object> account(String id, String name, LocalDate renewal) {
    return Map.of(
        "id",
        id,
        "name",
        name,
        "industry",
        "Logistics",
        "arrAtSigning",
        120000,
        "arrNow",
        120000,
        "renewalDate",
        renewal.toString(),
        "segments",
        List.of(
            Map.of("key", "emea", "kind", "GEOGRAPHY", "name", "Europe", "licensedUsers", 100)));
  }
}
