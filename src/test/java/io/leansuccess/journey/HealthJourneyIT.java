package io.leansuccess.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.leansuccess.getwell.GetWellPlanProcess;
import io.leansuccess.support.FormAnswers;
import io.leansuccess.support.HealthRuns;
import io.leansuccess.support.Http;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import io.leansuccess.support.PlanStarts;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two accounts' health over two and a half months, end to end through the REST API on PostgreSQL:
 * the CRM creates them, product analytics and the mailing tool send their signals, the due health
 * run evaluates what arrived (the job executor's work, done here by the test), and the CSM works
 * the get-well plan as Tasklist does. Time passes on the engine clock.
 */
@LeanSuccessIntegrationTest
class HealthJourneyIT {

  private static final Instant START = Instant.parse("2027-03-01T09:00:00Z");

  @LocalServerPort int port;
  @Autowired HealthRuns runs;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  @Autowired ProcessEngine engine;

  // "zz" sorts after the other tests' accounts and before the "zzz" of the health process tests,
  // so the due runs here see only these two accounts
  private final String prefix = "zz-journey-" + UUID.randomUUID().toString().substring(0, 8);
  private final String hooli = prefix + "-hooli";
  private final String globex = prefix + "-globex";
  private Api api;

  @AfterEach
  void realTimeAndNoPlansLeft() {
    ClockUtil.reset();
    runtime
        .createProcessInstanceQuery()
        .processInstanceBusinessKeyLike(prefix + "%")
        .list()
        .forEach(
            instance -> runtime.deleteProcessInstance(instance.getId(), "HealthJourneyIT is done"));
  }

  @Test
  void shouldKeepAHealthyAccountGreenAndTakeAFailingOneThroughOneGetWellPlanBackToGreen() {
    api = new Api(Http.as(port, "demo.csm", "demo"));
    clockAt(START);
    createAccount(hooli, "Hooli");
    createAccount(globex, "Globex");

    // March: both use the product and answer the newsletter
    usage(hooli, 80).usage(globex, 80);
    mail(hooli, "newsletter-1").mail(globex, "newsletter-1");
    evaluate();
    assertThat(current(globex).at("/colour").asText()).isEqualTo("GREEN");

    // April: Globex's usage falls and the next newsletter stays unopened
    JsonNode amber =
        globexLeavesTheNewsletterUnopened(START.plus(Duration.ofDays(30)), 81, 70, "newsletter-2");
    assertThat(amber.at("/colour").asText()).isEqualTo("AMBER");
    assertThat(descriptions(amber))
        .containsExactly("Active users fell by 10% or more since the previous reading (80 to 70)");
    assertThat(plans(globex).at("/total").asInt()).as("amber, renewal far away: no plan").isZero();

    // Friday 30 April: usage below 40% and nothing opened for 60 days: red, and a get-well plan
    Instant escalation = START.plus(Duration.ofDays(60));
    JsonNode red = globexLeavesTheNewsletterUnopened(escalation, 82, 35, "newsletter-3");
    assertThat(red.at("/colour").asText()).isEqualTo("RED");
    assertThat(red.at("/outcome").asText()).isEqualTo("ESCALATED");
    assertThat(red.at("/firedRules").toString())
        .contains(
            "Escalate: health is red", "Escalate: nothing opened for too long while usage falls");
    List<String> signs =
        List.of(
            "Active users fell by 10% or more since the previous reading (70 to 35)",
            "Active users below 40% of licences (35 of 100)",
            "Nothing opened in 60 days (60 days without an opening, 2 sent since)");
    assertThat(descriptions(red)).containsExactlyElementsOf(signs);
    JsonNode plan = onlyPlan(globex);
    assertThat(plan.at("/evaluationId").asText()).isEqualTo(red.at("/evaluationId").asText());
    assertThat(plan.at("/reasons"))
        .extracting(JsonNode::asText)
        .containsExactlyInAnyOrder(
            "Health is red",
            "Nothing opened in 60 days while usage falls",
            signs.get(0),
            signs.get(1),
            signs.get(2));
    assertThat(plan.at("/step").asText()).isEqualTo("DIAGNOSE");
    JsonNode diagnose = plan.at("/tasks/0");
    assertThat(diagnose.at("/taskDefinitionKey").asText())
        .isEqualTo(GetWellPlanProcess.TASK_DIAGNOSE);
    assertThat(diagnose.at("/candidateGroups").toString()).isEqualTo("[\"csm\"]");
    assertThat(diagnose.at("/due").asText())
        .as("two business days, over the weekend")
        .isEqualTo("2027-05-04T09:00:00Z");
    assertThat(
            api.get("/engine-rest/task/" + diagnose.at("/id").asText()).at("/description").asText())
        .as("Tasklist shows why")
        .contains("Health is red", signs.get(1));

    // the CSM diagnoses and agrees remediation actions with the customer the same day
    work(GetWellPlanProcess.TASK_DIAGNOSE);
    work(GetWellPlanProcess.TASK_AGREE_REMEDIATION);
    assertThat(onlyPlan(globex).at("/step").asText()).isEqualTo("REMEDIATION");

    // a week later: worse still (no answers either), but no second plan; the weekly review is due
    JsonNode worse =
        globexLeavesTheNewsletterUnopened(
            escalation.plus(Duration.ofDays(7)), 83, 30, "newsletter-4");
    assertThat(worse.at("/colour").asText()).isEqualTo("RED");
    assertThat(worse.at("/outcome").asText()).isEqualTo("NONE");
    assertThat(descriptions(worse))
        .contains("No answer to the last 3 communications (3 unanswered)");
    assertThat(plans(globex).at("/total").asInt()).as("never a second plan").isEqualTo(1);
    String process = onlyPlan(globex).at("/processInstanceId").asText();
    fireDueTimer(process, GetWellPlanProcess.TIMER_WEEKLY_REVIEW);
    assertThat(onlyPlan(globex).at("/step").asText()).isEqualTo("WEEKLY_REVIEW");
    work(GetWellPlanProcess.TASK_WEEKLY_REVIEW);
    assertThat(api.get("/engine-rest/process-instance/" + process).at("/id").asText())
        .isEqualTo(process);

    // Monday: usage is back and the customer answers: green once, the plan goes on
    clockAt(escalation.plus(Duration.ofDays(10)));
    usage(hooli, 84).usage(globex, 75);
    mail(hooli, "newsletter-5");
    answered(globex, Duration.ofHours(1));
    evaluate();
    assertThat(current(globex).at("/colour").asText()).isEqualTo("GREEN");
    assertThat(api.get("/api/v1/accounts/" + globex + "/health").at("/escalated").asBoolean())
        .isTrue();
    assertThat(onlyPlan(globex).at("/closedAt").isNull()).as("one green is not recovery").isTrue();

    // Tuesday: green again, the second in a row: recovered, and the plan closes
    clockAt(escalation.plus(Duration.ofDays(11)));
    usage(hooli, 85).usage(globex, 78);
    mail(hooli, "newsletter-6");
    evaluate();
    JsonNode recovered = current(globex);
    assertThat(recovered.at("/outcome").asText()).isEqualTo("RECOVERED");
    assertThat(recovered.at("/firedRules").toString())
        .contains("Recovered: green in enough consecutive evaluations");
    JsonNode closed = onlyPlan(globex);
    assertThat(closed.at("/step").asText()).isEqualTo("CLOSED");
    assertThat(closed.at("/closedAt").asText()).isEqualTo("2027-05-11T09:00:00Z");
    assertThat(closed.at("/recoveryEvaluationId").asText())
        .isEqualTo(recovered.at("/evaluationId").asText());
    assertThat(closed.at("/tasks").size()).isZero();
    api.get("/engine-rest/process-instance/" + process, 404);
    assertThat(api.get("/engine-rest/history/process-instance/" + process).at("/state").asText())
        .isEqualTo("COMPLETED");

    JsonNode globexHealth = api.get("/api/v1/accounts/" + globex + "/health");
    assertThat(globexHealth.at("/escalated").asBoolean()).isFalse();
    assertThat(globexHealth.at("/history/items").findValuesAsText("colour"))
        .containsExactly("GREEN", "GREEN", "RED", "RED", "AMBER", "GREEN");
    assertThat(globexHealth.at("/history/items").findValuesAsText("outcome"))
        .containsExactly("RECOVERED", "NONE", "NONE", "ESCALATED", "NONE", "NONE");
    // Hooli, evaluated every time too: one green row, confirmed six times, never a plan
    JsonNode hooliHealth = api.get("/api/v1/accounts/" + hooli + "/health");
    assertThat(hooliHealth.at("/history/total").asInt()).isEqualTo(1);
    assertThat(hooliHealth.at("/current/colour").asText()).isEqualTo("GREEN");
    assertThat(hooliHealth.at("/current/evaluations").asInt()).isEqualTo(6);
    assertThat(hooliHealth.at("/greenStreak").asInt()).isEqualTo(6);
    assertThat(plans(hooli).at("/total").asInt()).isZero();
  }

  /**
   * At {@code at}, both accounts report their active users and get a newsletter: Hooli answers it,
   * Globex does not open it. Then the due run: Globex's health.
   */
  private JsonNode globexLeavesTheNewsletterUnopened(
      Instant at, int hooliUsers, int globexUsers, String newsletter) {
    clockAt(at);
    usage(hooli, hooliUsers).usage(globex, globexUsers);
    mail(hooli, newsletter).sent(globex, newsletter);
    evaluate();
    return current(globex);
  }

  private void createAccount(String id, String name) {
    api.send(
        "PUT",
        "/api/v1/accounts/" + id,
        Map.of(
            "id",
            id,
            "name",
            name,
            "industry",
            "Logistics",
            "arrAtSigning",
            100000,
            "arrNow",
            100000,
            "renewalDate",
            "2028-06-30",
            "segments",
            List.of(
                Map.of(
                    "key", "emea", "kind", "GEOGRAPHY", "name", "Europe", "licensedUsers", 100))),
        201);
  }

  /** Product analytics: today's active users. */
  private HealthJourneyIT usage(String account, int activeUsers) {
    return signal(
        account,
        Map.of("kind", "ACTIVE_USERS", "segmentKey", "emea", "value", activeUsers),
        Duration.ofHours(3));
  }

  /** The mailing tool: a newsletter sent two hours ago, and answered an hour later. */
  private HealthJourneyIT mail(String account, String newsletter) {
    return sent(account, newsletter).answered(account, Duration.ofHours(1));
  }

  private HealthJourneyIT sent(String account, String newsletter) {
    return signal(
        account, Map.of("kind", "COMMUNICATION_SENT", "detail", newsletter), Duration.ofHours(2));
  }

  private HealthJourneyIT answered(String account, Duration ago) {
    return signal(account, Map.of("kind", "COMMUNICATION_ANSWERED"), ago);
  }

  private HealthJourneyIT signal(String account, Map<String, Object> fields, Duration ago) {
    Map<String, Object> signal = new HashMap<>(fields);
    signal.put("eventId", UUID.randomUUID().toString());
    signal.put("occurredAt", ClockUtil.getCurrentTime().toInstant().minus(ago).toString());
    api.send("POST", "/api/v1/accounts/" + account + "/signals", signal, 201);
    return this;
  }

  /** The due run the job executor starts every few minutes. */
  /**
   * A due run, then the plans it escalated start (their own jobs), as the job executor runs both.
   */
  private void evaluate() {
    runs.evaluateDue(prefix, 10);
    PlanStarts.run(engine, globex);
  }

  private JsonNode current(String account) {
    return api.get("/api/v1/accounts/" + account + "/health").at("/current");
  }

  private JsonNode plans(String account) {
    return api.get("/api/v1/accounts/" + account + "/get-well-plans");
  }

  private JsonNode onlyPlan(String account) {
    JsonNode plans = plans(account);
    assertThat(plans.at("/total").asInt()).as("plans of %s", account).isEqualTo(1);
    return plans.at("/items/0");
  }

  /** The CSM claims and completes the plan's open task of this kind, as in Tasklist. */
  private void work(String taskKey) {
    JsonNode task = null;
    for (JsonNode candidate : onlyPlan(globex).at("/tasks")) {
      if (candidate.at("/taskDefinitionKey").asText().equals(taskKey)) {
        task = candidate;
      }
    }
    assertThat(task).as("an open %s in %s", taskKey, onlyPlan(globex).at("/tasks")).isNotNull();
    api.submitForm(task.at("/id").asText(), "demo.csm", FormAnswers.forTask(taskKey));
  }

  private void fireDueTimer(String processInstanceId, String activityId) {
    var timer =
        management
            .createJobQuery()
            .processInstanceId(processInstanceId)
            .activityId(activityId)
            .duedateLowerThan(new Date(ClockUtil.getCurrentTime().getTime() + 1000))
            .singleResult();
    assertThat(timer).as("a due %s", activityId).isNotNull();
    management.executeJob(timer.getId());
  }

  private static List<String> descriptions(JsonNode evaluation) {
    return evaluation.at("/factors").findValuesAsText("description");
  }

  private static void clockAt(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
  }
}
