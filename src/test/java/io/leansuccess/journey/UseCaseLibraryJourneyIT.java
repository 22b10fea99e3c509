package io.leansuccess.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.leansuccess.support.FormAnswers;
import io.leansuccess.support.Http;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import io.leansuccess.support.TestData;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
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
 * Social proof across accounts, through the API as its users arrive: two veterinary groups adopt
 * and share a use case each (one anonymised, one internal); a third veterinary group of the same
 * size band is offered both, copies one, and sees the rest when it identifies use cases; a water
 * utility is offered neither; another team and an integration never see the internal story; a
 * fourth veterinary group's launch starts its first pipeline from the library.
 */
@LeanSuccessIntegrationTest
class UseCaseLibraryJourneyIT {

  static final String INDUSTRY = "Veterinary care";
  static final String REMINDERS = "Text reminders before every appointment";
  static final String LAB_RESULTS = "Lab results in the pet owner's portal";

  @LocalServerPort int port;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  void shouldSuggestWhatSimilarAccountsAdoptedAndCopyItIntoThePipeline() {
    Api crm = new Api(Http.as(port, "demo.crm", "demo"));
    Api csm = new Api(Http.as(port, "demo.csm", "demo"));
    String northvale = account(crm, "Northvale Veterinary Group", INDUSTRY, 90000);
    String pawsome = account(crm, "Pawsome Clinics", INDUSTRY, 140000);
    String harbour = account(crm, "Harbour Animal Hospitals", INDUSTRY, 70000);
    String riverside = account(crm, "Riverside Water Utility", "Water utilities", 95000);

    adoptAndShare(
        csm,
        northvale,
        REMINDERS,
        "Northvale's front desks phone every owner; Maya Okafor wants fewer no-shows",
        "ANONYMISED");
    adoptAndShare(
        csm, pawsome, LAB_RESULTS, "Pawsome vets call owners with every result", "INTERNAL");

    JsonNode suggestions = csm.get("/api/v1/accounts/" + harbour + "/use-case-suggestions");
    assertThat(suggestions.findValuesAsText("title")).contains(REMINDERS, LAB_RESULTS);
    JsonNode reminders = suggestion(suggestions, REMINDERS);
    assertThat(reminders.at("/adoptedBy").asInt()).isEqualTo(1);
    assertThat(reminders.at("/reason").asText()).contains("Veterinary care", "Mid-market");
    assertThat(reminders.at("/entry/shareScope").asText()).isEqualTo("ANONYMISED");
    assertThat(reminders.at("/entry/accountName").isMissingNode()).isTrue();
    assertThat(reminders.at("/entry/owner").isMissingNode()).isTrue();
    assertThat(reminders.toString()).doesNotContain("Northvale", "Maya", "Okafor", northvale);
    assertThat(reminders.at("/entry/template/challengesAndObjectives").asText())
        .startsWith("the customer's front desks phone every owner");
    assertThat(reminders.at("/entry/kpis/0/before").decimalValue()).isEqualByComparingTo("20");
    assertThat(reminders.at("/entry/kpis/0/after").decimalValue()).isEqualByComparingTo("75");
    assertThat(suggestion(suggestions, LAB_RESULTS).at("/entry/accountName").asText())
        .isEqualTo("Pawsome Clinics");
    assertThat(
            csm.get("/api/v1/accounts/" + riverside + "/use-case-suggestions")
                .findValuesAsText("title"))
        .doesNotContain(REMINDERS, LAB_RESULTS);

    String entry = reminders.at("/entry/id").asText();
    String copyPath = "/api/v1/accounts/" + harbour + "/use-case-suggestions/" + entry + "/copy";
    String copy = csm.send("POST", copyPath, Map.of(), 201).at("/useCaseId").asText();
    assertThat(csm.send("POST", copyPath, Map.of(), 200).at("/useCaseId").asText()).isEqualTo(copy);
    JsonNode copied = csm.get("/api/v1/use-cases/" + copy);
    assertThat(copied.at("/kind").asText()).isEqualTo("PLANNED");
    assertThat(copied.at("/status").asText()).isEqualTo("PIPELINE");
    assertThat(copied.at("/title").asText()).isEqualTo(REMINDERS);
    assertThat(copied.at("/kpis/0/baseline").isNull()).isTrue();
    assertThat(copied.at("/kpis/0/target").decimalValue()).isEqualByComparingTo("70");
    assertThat(copied.at("/fromLibrary/entryId").asText()).isEqualTo(entry);
    assertThat(copied.at("/fromLibrary/suggestedAtLaunch").asBoolean()).isFalse();
    JsonNode pipeline = csm.get("/api/v1/accounts/" + harbour + "/use-cases");
    assertThat(pipeline.at("/total").asInt()).isEqualTo(1);
    assertThat(pipeline.at("/items/0/fromLibrary/reason").asText()).contains("Veterinary care");
    assertThat(
            csm.get("/api/v1/accounts/" + harbour + "/use-case-suggestions")
                .findValuesAsText("title"))
        .contains(LAB_RESULTS)
        .doesNotContain(REMINDERS);

    clockAt("2027-04-05T09:00:00Z");
    csm.send("POST", "/api/v1/accounts/" + harbour + "/cycles", "", 201);
    complete(csm, harbour, "Task_SetVision", Map.of());
    JsonNode identify = task(csm, harbour, "Task_IdentifyUseCases");
    assertThat(
            csm.get("/engine-rest/task/" + identify.at("/id").asText() + "/form-variables")
                .at("/librarySuggestions/value")
                .asText())
        .contains(LAB_RESULTS)
        .doesNotContain(REMINDERS);

    anotherTeamAndAnIntegrationSeeOnlyTheAnonymisedStory(crm, harbour, pawsome);
    theLaunchStartsFromTheLibrary(csm);
  }

  @Test
  void shouldRefuseLibraryFiltersItCannotApply() {
    Api csm = new Api(Http.as(port, "demo.csm", "demo"));
    JsonNode problem = csm.get("/api/v1/use-case-library?segmentKind=PLANET", 400);
    assertThat(problem.toString()).contains("segmentKind");
    assertThat(csm.get("/api/v1/use-case-library?limit=0", 400).toString()).contains("limit");
    assertThat(csm.get("/api/v1/use-case-library?industry=", 400).toString()).contains("industry");
    assertThat(csm.get("/api/v1/use-case-library?kpi=100%25_done").at("/total").asInt()).isZero();
    assertThat(csm.get("/api/v1/use-case-library/" + UUID.randomUUID(), 404).toString())
        .doesNotContain("Exception", "select");
  }

  private void anotherTeamAndAnIntegrationSeeOnlyTheAnonymisedStory(
      Api crm, String harbour, String pawsome) {
    Api otherTeam = new Api(Http.as(port, "demo.csm.americas", "demo"));
    String search = "/api/v1/use-case-library?limit=100&industry=" + encoded(INDUSTRY);
    JsonNode seen = csm(port).get(search);
    assertThat(seen.findValuesAsText("title")).contains(REMINDERS, LAB_RESULTS);
    String internalEntry = entryTitled(seen, LAB_RESULTS);

    for (Api outsider : List.of(otherTeam, crm)) {
      JsonNode library = outsider.get(search);
      assertThat(library.findValuesAsText("title")).contains(REMINDERS).doesNotContain(LAB_RESULTS);
      assertThat(library.toString()).doesNotContain("Pawsome", "Northvale", pawsome);
      outsider.get("/api/v1/use-case-library/" + internalEntry, 404);
    }
    otherTeam.get("/api/v1/accounts/" + harbour + "/use-case-suggestions", 404);
    otherTeam.send(
        "POST",
        "/api/v1/accounts/" + harbour + "/use-case-suggestions/" + internalEntry + "/copy",
        Map.of(),
        404);
    crm.get("/api/v1/accounts/" + harbour + "/use-case-suggestions", 403);
    assertThat(csm(port).get("/api/v1/accounts/" + harbour + "/use-cases").at("/total").asInt())
        .isEqualTo(1);
  }

  /** A new veterinary group signs: after its launch, its first pipeline holds the suggestions. */
  private void theLaunchStartsFromTheLibrary(Api csm) {
    clockAt("2027-04-05T09:00:00Z");
    String account = "vet-" + UUID.randomUUID();
    crm(port).send("POST", "/api/v1/contracts", contract(account), 201);
    for (String key :
        List.of(
            "Task_ReviewSuccessPlan",
            "Task_SendSuccessPlan",
            "Task_LaunchCommunications",
            "Task_LaunchCommunity",
            "Task_LaunchTraining",
            "Task_LaunchHelp",
            "Task_LaunchSponsorship",
            "Task_LaunchChampions")) {
      JsonNode tasks =
          csm.get(
              "/engine-rest/task?maxResults=100&processInstanceBusinessKey="
                  + account
                  + "&taskDefinitionKey="
                  + key);
      assertThat(tasks).as("open %s of %s", key, account).hasSize(1);
      csm.submitForm(tasks.get(0).at("/id").asText(), "demo.csm", FormAnswers.forTask(key));
    }
    JsonNode pipeline = csm.get("/api/v1/accounts/" + account + "/use-cases");
    assertThat(pipeline.at("/items").findValuesAsText("title")).contains(REMINDERS, LAB_RESULTS);
    for (JsonNode useCase : pipeline.at("/items")) {
      assertThat(useCase.at("/fromLibrary/suggestedAtLaunch").asBoolean()).isTrue();
      assertThat(useCase.at("/status").asText()).isEqualTo("PIPELINE");
    }
    assertThat(csm.get("/api/v1/accounts/" + account + "/cycles/current").at("/stage").asText())
        .isEqualTo("ENVISION");
  }

  private void adoptAndShare(
      Api csm, String account, String title, String challenge, String scope) {
    clockAt("2027-01-04T09:00:00Z");
    String useCase =
        csm.send(
                "POST",
                "/api/v1/accounts/" + account + "/use-cases",
                useCase(title, challenge),
                201)
            .at("/id")
            .asText();
    csm.send("POST", "/api/v1/accounts/" + account + "/cycles", "", 201);
    for (String key :
        List.of(
            "Task_SetVision",
            "Task_IdentifyUseCases",
            "Task_AssignOwners",
            "Task_PlanStakeholderEngagement",
            "Task_ReadyUseCase")) {
      complete(csm, account, key, Map.of());
    }
    csm.send(
        "POST",
        "/api/v1/use-cases/" + useCase + "/measurements",
        Map.of(
            "eventId",
            UUID.randomUUID().toString(),
            "kpiId",
            "confirmed",
            "value",
            75,
            "measuredAt",
            "2027-03-30T12:00:00Z",
            "source",
            "analytics"),
        201);
    clockAt("2027-04-04T09:00:01Z");
    fireTimers(account, "Timer_ExecutionPeriodEnds");
    complete(csm, account, "Task_EvaluateProgress", Map.of());
    complete(csm, account, "Task_ConfirmOutcome", Map.of());
    complete(csm, account, "Task_ShareSuccessStory", Map.of("storyShareScope", scope));
    assertThat(csm.get("/api/v1/use-cases/" + useCase).at("/status").asText()).isEqualTo("ADOPTED");
  }

  private static Map<String, Object> useCase(String title, String challenge) {
    return Map.of(
        "title",
        title,
        "kind",
        "PLANNED",
        "segment",
        "clinics",
        "owner",
        "Maya Okafor",
        "requiredMaturity",
        1,
        "template",
        Map.of(
            "challengesAndObjectives",
            challenge,
            "expectedOutcomes",
            "Owners confirm by text; fewer empty slots",
            "workflow",
            "Appointment booking and reminders",
            "successFactors",
            "Front-desk training; a template per clinic"),
        "kpis",
        List.of(
            Map.of(
                "id",
                "confirmed",
                "name",
                "Appointments confirmed by text",
                "unit",
                "%",
                "baseline",
                20,
                "target",
                70,
                "method",
                "ANALYTICS",
                "kind",
                "USAGE")),
        "criteria",
        Map.of(
            "touchesCoreOperations",
            true,
            "perspectives",
            List.of("CUSTOMER", "INTERNAL_PROCESS"),
            "valueQuantifiable",
            true,
            "resourcesAvailable",
            true,
            "stakeholdersIdentified",
            true));
  }

  private static String account(Api crm, String name, String industry, int arr) {
    String id = UUID.randomUUID().toString();
    crm.send(
        "PUT",
        "/api/v1/accounts/" + id,
        Map.of(
            "id",
            id,
            "name",
            name,
            "industry",
            industry,
            "arrAtSigning",
            arr,
            "arrNow",
            arr,
            "renewalDate",
            TestData.renewalInAYear().toString(),
            "team",
            "team-enterprise-emea",
            "owner",
            "demo.csm",
            "segments",
            List.of(
                Map.of(
                    "key",
                    "clinics",
                    "kind",
                    "BUSINESS_UNIT",
                    "name",
                    "Clinics",
                    "licensedUsers",
                    120))),
        201);
    return id;
  }

  private static Map<String, Object> contract(String account) {
    return Map.ofEntries(
        Map.entry("contractId", "contract-" + account),
        Map.entry("accountId", account),
        Map.entry("accountName", "Meadowbrook Vets"),
        Map.entry("industry", INDUSTRY),
        Map.entry(
            "purchase",
            Map.of("plan", "Professional", "products", List.of("Flow"), "licences", 80)),
        Map.entry("arr", 95000),
        Map.entry("renewalDate", "2028-01-03"),
        Map.entry("signedAt", "2027-04-05T08:30:00Z"),
        Map.entry("team", "team-enterprise-emea"),
        Map.entry(
            "segments",
            List.of(
                Map.of(
                    "key",
                    "surgeries",
                    "kind",
                    "BUSINESS_UNIT",
                    "name",
                    "Surgeries",
                    "licensedUsers",
                    80))),
        Map.entry(
            "vendorContacts",
            Map.of(
                "accountManager",
                Map.of("name", "Sam Seller", "email", "sam@vendor.example"),
                "csm",
                Map.of("name", "Demo Csm", "email", "demo.csm@example.com"))),
        Map.entry("goals", List.of("Every owner confirms by text")));
  }

  private void complete(Api csm, String account, String taskKey, Map<String, Object> answers) {
    Map<String, Object> values = new HashMap<>(FormAnswers.forTask(taskKey));
    values.putAll(answers);
    csm.submitForm(task(csm, account, taskKey).at("/id").asText(), "demo.csm", values);
  }

  private static JsonNode task(Api csm, String account, String taskKey) {
    JsonNode tasks = csm.get("/api/v1/accounts/" + account + "/cycles/current").at("/tasks");
    for (JsonNode candidate : tasks) {
      if (candidate.at("/taskDefinitionKey").asText().equals(taskKey)) {
        return candidate;
      }
    }
    throw new AssertionError("No open " + taskKey + " in " + tasks);
  }

  private static JsonNode suggestion(JsonNode suggestions, String title) {
    for (JsonNode suggestion : suggestions) {
      if (suggestion.at("/entry/title").asText().equals(title)) {
        return suggestion;
      }
    }
    throw new AssertionError("No suggestion " + title + " in " + suggestions);
  }

  private static String entryTitled(JsonNode page, String title) {
    for (JsonNode entry : page.at("/items")) {
      if (entry.at("/title").asText().equals(title)) {
        return entry.at("/id").asText();
      }
    }
    throw new AssertionError("No entry " + title + " in " + page);
  }

  private void fireTimers(String account, String activityId) {
    DueTimers.fire(runtime, management, account, activityId);
  }

  private static Api csm(int port) {
    return new Api(Http.as(port, "demo.csm", "demo"));
  }

  private static Api crm(int port) {
    return new Api(Http.as(port, "demo.crm", "demo"));
  }

  private static String encoded(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static void clockAt(String instant) {
    ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
  }
}
