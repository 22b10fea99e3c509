package io.leansuccess.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.leansuccess.decision.DecisionLog;
import io.leansuccess.decision.DecisionRecord;
import io.leansuccess.engine.DemoTeams;
import io.leansuccess.reonboarding.ContinuousOnboarding;
import io.leansuccess.reonboarding.ReOnboardingProcess;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Continuous onboarding as the CRM, the product analytics and the CSMs arrive: a segment whose
 * active users jump past its trained base, a feature released, more licences from the CRM; never
 * two re-onboardings open for one segment, even when signals arrive at once; the account's team
 * works them, another team's CSM neither sees nor completes them; once trained, the segment's new
 * base is what later readings are set against.
 */
@LeanSuccessIntegrationTest
class ContinuousOnboardingIT {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String PASSWORD = "Re-onboard-it-1";

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired DecisionLog decisions;

  private final AtomicInteger minute = new AtomicInteger();
  private ApiClient crm;
  private ApiClient analytics;
  private ApiClient emeaCsm;
  private ApiClient americasCsm;
  private String account;
  private String contractId;

  @BeforeEach
  void givenAnEmeaAccountWhoseSegmentsWereTrained() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    crm = new ApiClient(port).as(user("crm-" + suffix, ApiRoles.INTEGRATION_CRM), PASSWORD);
    analytics =
        new ApiClient(port)
            .as(user("analytics-" + suffix, ApiRoles.INTEGRATION_ANALYTICS), PASSWORD);
    emeaCsm = new ApiClient(port).as("demo.csm", "demo");
    americasCsm = new ApiClient(port).as(DemoTeams.OTHER_CSM, "demo");
    account = UUID.randomUUID().toString();
    contractId = UUID.randomUUID().toString();
    var booked = crm.post("/api/v1/contracts", contract(100));
    assertThat(booked.status()).as(booked.body()).isEqualTo(201);
    // the first reading of a segment without a trained base becomes its base: 80 users in Europe
    assertThat(signal(activeUsers("emea", 80)).status()).isEqualTo(201);
  }

  @Test
  void shouldReOnboardASegmentWhoseActiveUsersJumpPastTheTrainedBaseAndNotJustUnder() {
    assertThat(signal(activeUsers("emea", 95)).status()).isEqualTo(201);
    assertThat(reOnboardings()).isEmpty();

    assertThat(signal(activeUsers("emea", 96)).status()).isEqualTo(201);

    List<ProcessInstance> open = reOnboardings();
    assertThat(open).hasSize(1);
    assertThat(runtime.getVariable(open.get(0).getId(), ReOnboardingProcess.SEGMENT_KEY))
        .isEqualTo("emea");
    List<DecisionRecord> why = decisionsAbout("emea");
    assertThat(why)
        .extracting(DecisionRecord::outcome)
        .containsExactly(ContinuousOnboarding.RE_ONBOARD);
    assertThat(why.get(0).firedRules()).contains("Active users jumped past the trained base");
    assertThat(why.get(0).explanation())
        .isEqualTo("Active users 20% or more above the 80 users trained (96 active)");
  }

  @Test
  void shouldOpenOneReOnboardingPerSegmentWhenSignalsArriveAtOnce() {
    List<ObjectNode> burst =
        List.of(
            activeUsers("emea", 120),
            activeUsers("emea", 130),
            featureReleased("Route optimiser"),
            featureReleased("Dock scheduling"));

    List<Integer> statuses =
        burst.stream()
            .map(signal -> CompletableFuture.supplyAsync(() -> signal(signal).status()))
            .toList()
            .stream()
            .map(CompletableFuture::join)
            .toList();

    assertThat(statuses).containsOnly(201);
    assertThat(reOnboardings())
        .extracting(
            instance -> runtime.getVariable(instance.getId(), ReOnboardingProcess.SEGMENT_KEY))
        .containsExactlyInAnyOrder("emea", "apac");
    // repeats of the same events change nothing
    burst.forEach(signal -> assertThat(signal(signal).status()).isEqualTo(200));
    assertThat(reOnboardings()).hasSize(2);
  }

  @Test
  void shouldLetTheTeamWorkItAndSetLaterReadingsAgainstTheNewlyTrainedBase() {
    signal(activeUsers("emea", 130));
    Task welcome = task(ReOnboardingProcess.TASK_SEND_WELCOME_COMMUNICATIONS);

    assertThat(emeaCsm.get("/engine-rest/task/" + welcome.getId()).status()).isEqualTo(200);
    assertThat(americasCsm.get("/engine-rest/task/" + welcome.getId()).status()).isEqualTo(404);
    assertThat(
            americasCsm
                .get("/engine-rest/task?processInstanceBusinessKey=" + account + "&maxResults=15")
                .json()
                .size())
        .isZero();
    assertThat(
            americasCsm.post("/engine-rest/task/" + welcome.getId() + "/complete", "{}").status())
        .isIn(403, 404);

    submit(welcome, "{\"welcomeSent\": {\"value\": true, \"type\": \"Boolean\"}}");
    Task training = task(ReOnboardingProcess.TASK_TRAIN_NEW_USERS);
    submit(
        training,
        """
        {"trainingFormat": {"value": "WEBINAR", "type": "String"},
         "usersTrainedCount": {"value": 50, "type": "Long"}}""");
    assertThat(reOnboardings()).isEmpty();

    // trained with 130 active: 155 is under the jump, 156 over it
    signal(activeUsers("emea", 155));
    assertThat(reOnboardings()).isEmpty();
    signal(activeUsers("emea", 156));
    assertThat(reOnboardings()).hasSize(1);
  }

  @Test
  void shouldReOnboardWhenTheCrmRaisesTheLicences() {
    var amended = crm.post("/api/v1/contracts", contract(110));

    assertThat(amended.status()).as(amended.body()).isEqualTo(200);
    assertThat(reOnboardings())
        .extracting(
            instance -> runtime.getVariable(instance.getId(), ReOnboardingProcess.SEGMENT_KEY))
        .containsExactly("emea");
    assertThat(decisionsAbout("emea").get(0).explanation())
        .isEqualTo("Licensed users up 10% or more since the segment was trained (100 to 110)");
  }

  @Test
  void shouldRefuseAFeatureReleaseWithoutItsNameAndOpenNothing() {
    ObjectNode unnamed = featureReleased("x");
    unnamed.remove("detail");

    var refused = signal(unnamed);

    assertThat(refused.problem(400).toString()).contains("detail");
    assertThat(reOnboardings()).isEmpty();
    // the CRM may not report a release: the product analytics do
    assertThat(
            crm.post("/api/v1/accounts/" + account + "/signals", featureReleased("x").toString())
                .status())
        .isEqualTo(403);
  }

  private ApiClient.Answer signal(ObjectNode signal) {
    return analytics.post("/api/v1/accounts/" + account + "/signals", signal.toString());
  }

  private void submit(Task task, String variables) {
    var submitted =
        emeaCsm.post(
            "/engine-rest/task/" + task.getId() + "/submit-form",
            "{\"variables\": " + variables + "}");
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(204);
  }

  private Task task(String key) {
    return tasks
        .createTaskQuery()
        .processInstanceBusinessKey(account)
        .taskDefinitionKey(key)
        .singleResult();
  }

  private List<ProcessInstance> reOnboardings() {
    return runtime
        .createProcessInstanceQuery()
        .processDefinitionKey(ReOnboardingProcess.KEY)
        .processInstanceBusinessKey(account)
        .list();
  }

  private List<DecisionRecord> decisionsAbout(String segment) {
    return decisions.aboutSubject(ContinuousOnboarding.SUBJECT_TYPE, account + "/" + segment);
  }

  private String user(String id, String group) {
    var user = identity.newUser(id);
    user.setFirstName("Test");
    user.setLastName(id);
    user.setEmail(id + "@vendor.example");
    user.setPassword(PASSWORD);
    identity.saveUser(user);
    identity.createMembership(id, group);
    return id;
  }

  private ObjectNode activeUsers(String segment, int users) {
    return JSON.createObjectNode()
        .put("eventId", "analytics-" + UUID.randomUUID())
        .put("kind", "ACTIVE_USERS")
        .put("segmentKey", segment)
        .put("value", users)
        .put("occurredAt", nextMinute());
  }

  private ObjectNode featureReleased(String feature) {
    return JSON.createObjectNode()
        .put("eventId", "release-" + UUID.randomUUID())
        .put("kind", "FEATURE_RELEASED")
        .put("detail", feature)
        .put("occurredAt", nextMinute());
  }

  private String nextMinute() {
    return Instant.parse("2027-02-01T09:00:00Z")
        .plusSeconds(60L * minute.incrementAndGet())
        .toString();
  }

  private String contract(int emeaLicences) {
    return """
        {"contractId": "%s", "accountId": "%s", "accountName": "Zürich Frachtdienste AG", "industry": "Logistics",
         "team": "%s",
         "purchase": {"plan": "Enterprise", "products": ["Flow"], "licences": %d},
         "arr": 120000, "renewalDate": "2028-01-03", "signedAt": "2027-01-04T09:00:00Z",
         "segments": [{"key": "emea", "kind": "GEOGRAPHY", "name": "Europe", "licensedUsers": %d},
                      {"key": "apac", "kind": "GEOGRAPHY", "name": "Asia Pacific", "licensedUsers": 50}],
         "customerContacts": [{"name": "Dana Scully", "email": "dana@zf.example", "title": "COO",
                               "interests": "Fewer late shipments"}],
         "vendorContacts": {"accountManager": {"name": "Sam Seller", "email": "sam@vendor.example"},
                            "csm": {"name": "Casey Success", "email": "demo.csm@example.com"}},
         "goals": ["Plan every warehouse week in Flow"], "businessChallenges": ["Peak season"]}"""
        .formatted(contractId, account, DemoTeams.ENTERPRISE_EMEA, emeaLicences + 50, emeaLicences);
  }
}
