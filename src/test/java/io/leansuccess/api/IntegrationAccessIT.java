package io.leansuccess.api;

import static io.leansuccess.api.AccountJson.anAccount;
import static io.leansuccess.api.UseCaseJson.aPlannedUseCase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_TASK;
import static org.camunda.bpm.engine.authorization.Permissions.UPDATE;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.GROUP;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.leansuccess.LeanSuccessProperties;
import io.leansuccess.cycle.SuccessCycleProcess;
import io.leansuccess.health.HealthEvaluationService;
import io.leansuccess.onboarding.OnboardingProcess;
import io.leansuccess.support.Http;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A CRM, an analytics tool, a billing system: a user of the integration group writes and reads its
 * data through the API, and does no CSM's work. The user is this test's own, so a failed login here
 * can never lock a shared demo user.
 */
@LeanSuccessIntegrationTest
class IntegrationAccessIT {

  private static final String USER = "integration-access-it.crm";
  private static final String PASSWORD = "crm-secret";
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired AuthorizationService authorizations;
  @Autowired RuntimeService runtime;
  @Autowired RepositoryService repository;
  @Autowired TaskService tasks;
  @Autowired LeanSuccessProperties properties;
  @Autowired HealthEvaluationService healthEvaluations;

  private ApiClient crm;
  private String account;

  @BeforeEach
  void givenAUserOfTheIntegrationGroupAndItsAccount() {
    if (identity.createUserQuery().userId(USER).count() == 0) {
      var user = identity.newUser(USER);
      user.setPassword(PASSWORD);
      identity.saveUser(user);
      identity.createMembership(USER, integrationGroup());
    }
    crm = new ApiClient(port).as(USER, PASSWORD);
    var json = anAccount();
    account = json.id();
    assertThat(crm.put("/api/v1/accounts/" + account, json.json()).status()).isEqualTo(201);
  }

  @Test
  void shouldStartTheOnboardingWhenAnIntegrationPostsASignedContract() {
    var received = crm.post("/api/v1/contracts", contract(account));

    assertThat(received.status()).as(received.body()).isEqualTo(201);
    assertThat(
            runtime
                .createProcessInstanceQuery()
                .processDefinitionKey(OnboardingProcess.KEY)
                .processInstanceBusinessKey(account)
                .count())
        .isEqualTo(1);
    assertThat(crm.get("/api/v1/contracts/c-" + account).status()).isEqualTo(200);
    var plan = crm.get("/api/v1/accounts/" + account + "/success-plan");
    assertThat(plan.status()).as(plan.body()).isEqualTo(200);
    assertThat(plan.json().path("reason").asText()).isEqualTo("CONTRACT_SIGNED");
  }

  @Test
  void shouldStoreSignalsUseCasesMeasurementsAndChampionsFromAnIntegration() {
    var signal = crm.post("/api/v1/accounts/" + account + "/signals", activeUsers(120).toString());
    var batch =
        crm.post(
            "/api/v1/signal-batches",
            "{\"items\": [" + activeUsers(130).put("accountId", account) + "]}");
    var useCase = aPlannedUseCase();
    var added = crm.post("/api/v1/accounts/" + account + "/use-cases", useCase.json());
    var measured =
        crm.post(
            "/api/v1/use-cases/" + useCase.id() + "/measurements",
            "{\"eventId\": \"evt-"
                + UUID.randomUUID()
                + "\", \"kpiId\": \"close-days\", \"value\": 7,"
                + " \"measuredAt\": \"2027-02-01T10:00:00Z\", \"source\": \"analytics\"}");
    var champion =
        crm.put(
            "/api/v1/accounts/" + account + "/champions/pat@acme.example",
            "{\"name\": \"Pat Champion\", \"segmentKey\": \"emea\"}");

    assertThat(signal.status()).as(signal.body()).isEqualTo(201);
    assertThat(batch.status()).as(batch.body()).isEqualTo(200);
    assertThat(batch.json().path("stored").asInt()).isEqualTo(1);
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    assertThat(measured.status()).as(measured.body()).isEqualTo(201);
    assertThat(champion.status()).as(champion.body()).isEqualTo(201);
    assertThat(
            crm.get("/api/v1/use-cases/" + useCase.id())
                .json()
                .at("/kpis/0/latestValue")
                .decimalValue())
        .isEqualByComparingTo("7");
    assertThat(crm.get("/api/v1/accounts/" + account + "/health").status()).isEqualTo(200);
  }

  @Test
  void shouldGiveAnIntegrationTheResultsButNotTheRulesReasoningOnAnyPath() {
    var useCase = aPlannedUseCase();
    var added = crm.post("/api/v1/accounts/" + account + "/use-cases", useCase.json());
    healthEvaluations.evaluate(account);
    ApiClient csm = new ApiClient(port).as("demo.csm", "demo");

    var health = crm.get("/api/v1/accounts/" + account + "/health").json();
    var healthForTheCsm = csm.get("/api/v1/accounts/" + account + "/health").json();

    assertThat(added.status()).as(added.body()).isEqualTo(201);
    assertThat(added.json().has("decisions")).isFalse();
    assertThat(crm.get("/api/v1/use-cases/" + useCase.id()).json().has("decisions")).isFalse();
    assertThat(crm.put("/api/v1/use-cases/" + useCase.id(), useCase.json()).json().has("decisions"))
        .isFalse();
    assertThat(csm.get("/api/v1/use-cases/" + useCase.id()).json().has("decisions")).isTrue();
    assertThat(health.path("current").path("colour").asText()).isNotBlank();
    assertThat(health.path("current").has("factors")).isTrue();
    assertThat(health.path("current").has("firedRules")).isFalse();
    assertThat(health.path("current").has("rulesVersion")).isFalse();
    assertThat(health.path("current").has("decisionId")).isFalse();
    assertThat(health.path("history").path("items").path(0).has("firedRules")).isFalse();
    assertThat(healthForTheCsm.path("current").path("firedRules")).isNotEmpty();
    crm.get("/api/v1/decisions/" + UUID.randomUUID()).problem(403);
    crm.get("/api/v1/accounts/" + account + "/decisions").problem(403);
  }

  @Test
  void shouldForbidAnIntegrationTheCsmsWork() {
    crm.post("/api/v1/accounts/" + account + "/cycles", "").problem(403);
    crm.get("/api/v1/accounts/" + account + "/decisions").problem(403);
    crm.get("/api/v1/accounts/" + account + "/maturity").problem(403);
    crm.put(
            "/api/v1/accounts/" + account + "/visions/2027",
            "{\"statement\": \"Close in three days\"}")
        .problem(403);

    assertThat(
            runtime
                .createProcessInstanceQuery()
                .processDefinitionKey(SuccessCycleProcess.KEY)
                .processInstanceBusinessKey(account)
                .count())
        .isZero();
  }

  @Test
  void shouldShowAnIntegrationNoTaskInCamundasRestApiNorLetItClaimOne() {
    assertThat(crm.post("/api/v1/contracts", contract(account)).status()).isEqualTo(201);
    String instance =
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey(OnboardingProcess.KEY)
            .processInstanceBusinessKey(account)
            .singleResult()
            .getId();
    Task review = tasks.createTaskQuery().processInstanceId(instance).singleResult();
    Http engineRest = Http.as(port, USER, PASSWORD);

    var listed = engineRest.get("/engine-rest/task?maxResults=100&processInstanceId=" + instance);
    var claimed =
        engineRest.send(
            engineRest
                .request("/engine-rest/task/" + review.getId() + "/claim")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"userId\": \"" + USER + "\"}")));

    assertThat(listed.statusCode()).isEqualTo(200);
    assertThat(listed.body()).as("no task READ: Camunda filters the list").isEqualTo("[]");
    assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(403);
    assertThat(tasks.createTaskQuery().taskId(review.getId()).singleResult().getAssignee())
        .isNull();
  }

  @Test
  void shouldKeepThePagesAndTasklistClosedToAnIntegration() throws Exception {
    assertThat(Http.as(port, USER, PASSWORD).get("/pages/portfolio").statusCode()).isEqualTo(403);

    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    String base = "http://localhost:" + port;
    HttpResponse<String> tasklist =
        browser.send(
            HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/default/")).build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> login =
        browser.send(
            HttpRequest.newBuilder(
                    URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", tasklist.headers().firstValue("X-XSRF-TOKEN").orElseThrow())
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "username=" + USER + "&password=" + PASSWORD))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(login.statusCode()).as(login.body()).isEqualTo(403);
  }

  @Test
  void shouldGrantTheIntegrationGroupNothingInTheEngine() {
    var granted = authorizations.createAuthorizationQuery().groupIdIn(integrationGroup()).list();
    var groups = List.of(integrationGroup());

    assertThat(granted)
        .extracting(Authorization::getResourceType, Authorization::getResourceId)
        // Camunda's own, for every new group: its members may read the group
        .containsExactly(tuple(GROUP.resourceType(), integrationGroup()));
    assertThat(
            authorizations.isUserAuthorized(
                USER, groups, CREATE_INSTANCE, PROCESS_DEFINITION, OnboardingProcess.KEY))
        .as("POST /contracts starts the onboarding as a product call")
        .isFalse();
    assertThat(authorizations.isUserAuthorized(USER, groups, CREATE, PROCESS_INSTANCE)).isFalse();
    assertThat(
            authorizations.isUserAuthorized(
                USER, groups, READ_TASK, PROCESS_DEFINITION, OnboardingProcess.KEY))
        .isFalse();
    assertThat(authorizations.isUserAuthorized(USER, groups, READ, PROCESS_INSTANCE)).isFalse();
    assertThat(authorizations.isUserAuthorized(USER, groups, READ, TASK)).isFalse();
    assertThat(authorizations.isUserAuthorized(USER, groups, UPDATE, TASK)).isFalse();
    assertThat(authorizations.isUserAuthorized(USER, groups, ACCESS, APPLICATION, "tasklist"))
        .isFalse();
    assertThat(authorizations.isUserAuthorized(USER, groups, ACCESS, APPLICATION, "cockpit"))
        .isFalse();
    assertThat(authorizations.isUserAuthorized(USER, groups, UPDATE, GROUP, integrationGroup()))
        .isFalse();
  }

  @Test
  void shouldForbidAnIntegrationToStartTheOnboardingWithoutAContract() {
    // by id: by key it does not even find the definition, which it may not read
    String definition =
        repository
            .createProcessDefinitionQuery()
            .processDefinitionKey(OnboardingProcess.KEY)
            .latestVersion()
            .singleResult()
            .getId();
    var started =
        Http.as(port, USER, PASSWORD)
            .send(
                Http.as(port, USER, PASSWORD)
                    .request("/engine-rest/process-definition/" + definition + "/start")
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"businessKey\": \"" + account + "\"}")));

    assertThat(started.statusCode()).as(started.body()).isEqualTo(403);
    assertThat(
            runtime
                .createProcessInstanceQuery()
                .processDefinitionKey(OnboardingProcess.KEY)
                .processInstanceBusinessKey(account)
                .count())
        .isZero();
  }

  @Test
  void shouldHaveTheDemoIntegrationUserInTheIntegrationGroupOfTypeSystem() {
    assertThat(
            identity
                .createUserQuery()
                .userId("demo.integration")
                .memberOfGroup(integrationGroup())
                .count())
        .isEqualTo(1);
    assertThat(identity.createGroupQuery().groupMember("demo.integration").list())
        .extracting(group -> group.getId() + ":" + group.getType())
        .containsExactly(integrationGroup() + ":" + Groups.GROUP_TYPE_SYSTEM);
  }

  private String integrationGroup() {
    return properties.getSecurity().getIntegrationGroup();
  }

  private static String contract(String accountId) {
    return """
        {"contractId": "c-%1$s", "accountId": "%1$s", "accountName": "Acme Corporation", "industry": "Logistics",
         "purchase": {"plan": "Enterprise", "products": ["Flow"], "licences": 250}, "arr": 120000,
         "renewalDate": "2028-01-03", "signedAt": "2027-01-04T09:00:00Z"}"""
        .formatted(accountId);
  }

  private static ObjectNode activeUsers(int users) {
    return JSON.createObjectNode()
        .put("eventId", "analytics-" + UUID.randomUUID())
        .put("kind", "ACTIVE_USERS")
        .put("segmentKey", "emea")
        .put("value", users)
        .put("occurredAt", "2027-02-01T09:00:00Z");
  }
}
