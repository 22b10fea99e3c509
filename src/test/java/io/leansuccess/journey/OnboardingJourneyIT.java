package io.leansuccess.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.leansuccess.support.FormAnswers;
import io.leansuccess.support.Http;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * From a signed contract to a running success cycle, through the REST API: the CRM posts the
 * contract, the success plan is there at once, the CSM reviews and sends it, works the launch
 * (naming champions on the way) as Tasklist does, and the first cycle starts.
 */
@LeanSuccessIntegrationTest
class OnboardingJourneyIT {

  private static final List<String> LAUNCH_TASKS =
      List.of(
          "Task_LaunchCommunications",
          "Task_LaunchCommunity",
          "Task_LaunchTraining",
          "Task_LaunchHelp",
          "Task_LaunchSponsorship",
          "Task_LaunchChampions");

  @LocalServerPort int port;

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  void shouldTurnASignedContractIntoASuccessPlanALaunchAndARunningCycle() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-01-04T09:00:00Z")));
    Api csm = new Api(Http.as(port, "demo.csm", "demo"));
    String account = "onboard-" + UUID.randomUUID().toString().substring(0, 8);

    csm.send("POST", "/api/v1/contracts", contract(account), 201);

    JsonNode plan = csm.get("/api/v1/accounts/" + account + "/success-plan");
    assertThat(plan.at("/version").asInt()).isEqualTo(1);
    assertThat(plan.at("/plan/accountName").asText()).isEqualTo("Umbrella Freight");
    assertThat(plan.at("/plan/industry").asText()).isEqualTo("Freight forwarding");
    assertThat(plan.at("/plan/purchase/products/0").asText()).isEqualTo("Flow");
    assertThat(plan.at("/plan/purchase/licences").asInt()).isEqualTo(300);
    assertThat(plan.at("/plan/arr").decimalValue()).isEqualByComparingTo("240000");
    assertThat(plan.at("/plan/renewalDate").asText()).isEqualTo("2028-01-03");
    assertThat(plan.at("/plan/vendorContacts/csm/name").asText()).isEqualTo("Casey Csm");
    assertThat(plan.at("/plan/goals/0").asText()).isEqualTo("Every depot plans its week in Flow");
    assertThat(plan.at("/plan/partners/0/name").asText()).isEqualTo("Bolt Integrators");
    assertThat(plan.at("/plan/businessChallenges/0").asText())
        .isEqualTo("Peak season doubles the volume");
    assertThat(plan.at("/plan/customerContacts/0/interests").asText())
        .isEqualTo("Fewer late shipments");
    assertThat(plan.at("/plan/vision/status").asText()).isEqualTo("TO_BE_AGREED");
    assertThat(plan.at("/plan/timeline/milestones/0/expectedBy").asText()).isEqualTo("2027-07-03");

    JsonNode review = onlyTask(csm, account, "Task_ReviewSuccessPlan");
    assertThat(review.at("/due").asText()).startsWith("2027-01-11T09:00:00");
    assertThat(
            csm.get("/engine-rest/task/" + review.at("/id").asText() + "/identity-links")
                .toString())
        .contains("\"groupId\":\"csm\"", "\"type\":\"candidate\"");
    csm.submitForm(
        review.at("/id").asText(), "demo.csm", FormAnswers.forTask("Task_ReviewSuccessPlan"));
    csm.submitForm(
        onlyTask(csm, account, "Task_SendSuccessPlan").at("/id").asText(),
        "demo.csm",
        FormAnswers.forTask("Task_SendSuccessPlan"));
    assertThat(csm.get("/api/v1/accounts/" + account + "/success-plan").at("/sentBy").asText())
        .isEqualTo("demo.csm");

    JsonNode launch =
        csm.get("/engine-rest/task?maxResults=100&processInstanceBusinessKey=" + account);
    assertThat(launch.findValuesAsText("taskDefinitionKey"))
        .containsExactlyInAnyOrderElementsOf(LAUNCH_TASKS);
    csm.send(
        "PUT",
        "/api/v1/accounts/" + account + "/champions/ana@umbrella.example",
        Map.of("name", "Ana Lima", "segmentKey", "emea"),
        201);
    assertThat(csm.send("GET", "/api/v1/accounts/" + account + "/cycles/current", "", 404))
        .isNotNull();
    for (String key : LAUNCH_TASKS) {
      csm.submitForm(
          onlyTask(csm, account, key).at("/id").asText(), "demo.csm", FormAnswers.forTask(key));
    }

    JsonNode cycle = csm.get("/api/v1/accounts/" + account + "/cycles/current");
    assertThat(cycle.at("/stage").asText()).isEqualTo("ENVISION");
    assertThat(cycle.at("/tasks").findValuesAsText("taskDefinitionKey")).contains("Task_SetVision");
    assertThat(csm.get("/api/v1/accounts/" + account + "/champions").findValuesAsText("email"))
        .containsExactly("ana@umbrella.example");
  }

  private static JsonNode onlyTask(Api csm, String account, String key) {
    JsonNode tasks =
        csm.get(
            "/engine-rest/task?maxResults=100&processInstanceBusinessKey="
                + account
                + "&taskDefinitionKey="
                + key);
    assertThat(tasks).as("open %s tasks of %s", key, account).hasSize(1);
    return tasks.get(0);
  }

  private static Map<String, Object> contract(String account) {
    return Map.ofEntries(
        Map.entry("contractId", "contract-" + account),
        Map.entry("accountId", account),
        Map.entry("accountName", "Umbrella Freight"),
        Map.entry("industry", "Freight forwarding"),
        Map.entry(
            "purchase",
            Map.of("plan", "Enterprise", "products", List.of("Flow", "Insights"), "licences", 300)),
        Map.entry("arr", 240000),
        Map.entry("renewalDate", "2028-01-03"),
        Map.entry("signedAt", "2027-01-04T08:30:00Z"),
        Map.entry(
            "segments",
            List.of(
                Map.of(
                    "key", "emea", "kind", "GEOGRAPHY", "name", "Europe", "licensedUsers", 300))),
        Map.entry(
            "customerContacts",
            List.of(
                Map.of(
                    "name",
                    "Dana Scully",
                    "email",
                    "dana@umbrella.example",
                    "title",
                    "COO",
                    "interests",
                    "Fewer late shipments"))),
        Map.entry(
            "vendorContacts",
            Map.of(
                "accountManager",
                Map.of("name", "Sam Seller", "email", "sam@vendor.example"),
                "csm",
                Map.of("name", "Casey Csm", "email", "casey@vendor.example"))),
        Map.entry("goals", List.of("Every depot plans its week in Flow")),
        Map.entry(
            "partners", List.of(Map.of("name", "Bolt Integrators", "role", "Implementation"))),
        Map.entry("businessChallenges", List.of("Peak season doubles the volume")));
  }
}
