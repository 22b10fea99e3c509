package io.leansuccess.api;

import static io.leansuccess.api.AccountJson.anAccount;
import static io.leansuccess.api.UseCaseJson.aPlannedUseCase;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Each integration with its own credentials and only its scopes: the CRM its accounts, contracts,
 * champions and pipeline, analytics usage, billing invoices, surveys NPS, ticketing tickets. One
 * signal endpoint takes every kind, so the kind is checked per signal, per batch item.
 */
@LeanSuccessIntegrationTest
class IntegrationScopesIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired AuthorizationService authorizations;

  private ApiClient csm;
  private ApiClient crm;
  private ApiClient analytics;
  private ApiClient billing;
  private ApiClient surveys;
  private String account;

  @BeforeEach
  void givenAnAccountFromTheCrm() {
    csm = new ApiClient(port).as("demo.csm", "demo");
    crm = new ApiClient(port).as("demo.crm", "demo");
    analytics = new ApiClient(port).as("demo.analytics", "demo");
    billing = new ApiClient(port).as("demo.billing", "demo");
    surveys = new ApiClient(port).as("demo.surveys", "demo");
    var json = anAccount();
    account = json.id();
    assertThat(crm.put("/api/v1/accounts/" + account, json.json()).status()).isEqualTo(201);
  }

  @Test
  void shouldForbidABillingToolToRewriteTheCrmsRecords() {
    var overwritten =
        billing.put(
            "/api/v1/accounts/" + account,
            anAccount().with("id", account).with("name", "Billed Corp").json());
    var contract = billing.post("/api/v1/contracts", contract(account));
    var champion =
        billing.put(
            "/api/v1/accounts/" + account + "/champions/pat@acme.example",
            "{\"name\": \"Pat Champion\", \"segmentKey\": \"emea\"}");
    var useCase =
        billing.post("/api/v1/accounts/" + account + "/use-cases", aPlannedUseCase().json());
    var read = billing.get("/api/v1/accounts/" + account);

    overwritten.problem(403);
    contract.problem(403);
    champion.problem(403);
    useCase.problem(403);
    read.problem(403);
    assertThat(csm.get("/api/v1/accounts/" + account).json().path("name").asText())
        .isEqualTo("Acme Corporation");
    assertThat(csm.get("/api/v1/accounts/" + account + "/champions").json()).isEmpty();
  }

  @Test
  void shouldLetEachIntegrationSendTheSignalsOfItsScopeOnly() {
    var invoice =
        billing.post(signals(), signal("INVOICE_OVERDUE", 1200).put("detail", "INV-7").toString());
    ObjectNode refusedUsage = signal("ACTIVE_USERS", 120).put("segmentKey", "emea");
    var usageFromBilling = billing.post(signals(), refusedUsage.toString());
    var usage =
        analytics.post(signals(), signal("ACTIVE_USERS", 120).put("segmentKey", "emea").toString());
    var nps = surveys.post(signals(), signal("NPS", 40).toString());
    var npsFromAnalytics = analytics.post(signals(), signal("NPS", -100).toString());
    var arr = crm.post(signals(), signal("ARR_CHANGED", 90000).toString());

    assertThat(invoice.status()).as(invoice.body()).isEqualTo(201);
    assertThat(usage.status()).as(usage.body()).isEqualTo(201);
    assertThat(nps.status()).as(nps.body()).isEqualTo(201);
    assertThat(arr.status()).as(arr.body()).isEqualTo(201);
    JsonNode refused = usageFromBilling.problem(403);
    assertThat(refused.path("detail").asText())
        .contains("ACTIVE_USERS")
        .contains("integration-analytics");
    assertThat(refused.path("errors").path(0).path("field").asText()).isEqualTo("kind");
    assertThat(npsFromAnalytics.problem(403).path("detail").asText()).contains("NPS");
    csm.get(signals() + "/" + refusedUsage.path("eventId").asText()).problem(404);
  }

  @Test
  void shouldStoreABatchsItemsOfTheSendersScopeAndRefuseEachOtherOneOnItsOwn() {
    ObjectNode paid = signal("INVOICE_PAID", 1200).put("detail", "INV-7").put("accountId", account);
    ObjectNode usage =
        signal("ACTIVE_USERS", 90).put("segmentKey", "emea").put("accountId", account);
    ObjectNode nps = signal("NPS", -50).put("accountId", account);
    String batch = "{\"items\": [" + paid + ", " + usage + ", " + nps + "]}";

    var answer = billing.post("/api/v1/signal-batches", batch);

    assertThat(answer.status()).as(answer.body()).isEqualTo(207);
    JsonNode result = answer.json();
    assertThat(result.path("stored").asInt()).isEqualTo(1);
    assertThat(result.path("rejected").asInt()).isEqualTo(2);
    assertThat(result.at("/items/0/status").asText()).isEqualTo("STORED");
    assertThat(result.at("/items/1/problem/status").asInt()).isEqualTo(403);
    assertThat(result.at("/items/1/problem/errors/0/field").asText()).isEqualTo("items[1].kind");
    assertThat(result.at("/items/1/problem/detail").asText()).contains("ACTIVE_USERS");
    assertThat(result.at("/items/2/problem/status").asInt()).isEqualTo(403);
    assertThat(csm.get(signals() + "/" + paid.path("eventId").asText()).status()).isEqualTo(200);
    csm.get(signals() + "/" + usage.path("eventId").asText()).problem(404);
    csm.get(signals() + "/" + nps.path("eventId").asText()).problem(404);
  }

  @Test
  void shouldShowAnIntegrationOnlyTheSignalsOfItsScope() {
    ObjectNode usage = signal("ACTIVE_USERS", 120).put("segmentKey", "emea");
    assertThat(analytics.post(signals(), usage.toString()).status()).isEqualTo(201);

    assertThat(analytics.get(signals() + "/" + usage.path("eventId").asText()).status())
        .isEqualTo(200);
    billing.get(signals() + "/" + usage.path("eventId").asText()).problem(404);
  }

  @Test
  void shouldLetAnalyticsAndSurveysSendMeasurementsButNotTheCrmsPipeline() {
    var useCase = aPlannedUseCase();
    assertThat(crm.post("/api/v1/accounts/" + account + "/use-cases", useCase.json()).status())
        .isEqualTo(201);
    String measurements = "/api/v1/use-cases/" + useCase.id() + "/measurements";

    var fromAnalytics = analytics.post(measurements, measurement(7));
    var fromSurveys = surveys.post(measurements, measurement(6));
    var fromBilling = billing.post(measurements, measurement(5));
    var pipelineFromAnalytics =
        analytics.post("/api/v1/accounts/" + account + "/use-cases", aPlannedUseCase().json());

    assertThat(fromAnalytics.status()).as(fromAnalytics.body()).isEqualTo(201);
    assertThat(fromSurveys.status()).as(fromSurveys.body()).isEqualTo(201);
    fromBilling.problem(403);
    pipelineFromAnalytics.problem(403);
    assertThat(crm.get("/api/v1/accounts/" + account + "/health").status()).isEqualTo(200);
    analytics.get("/api/v1/accounts/" + account + "/health").problem(403);
  }

  @Test
  void shouldKeepTheIntegrationGroupOfEarlierReleasesWorkingWithEveryScope() {
    ApiClient everyScope = new ApiClient(port).as("demo.integration", "demo");

    var written =
        everyScope.put("/api/v1/accounts/" + account, anAccount().with("id", account).json());
    var invoice =
        everyScope.post(signals(), signal("INVOICE_ISSUED", 300).put("detail", "INV-8").toString());
    var nps = everyScope.post(signals(), signal("NPS", 10).toString());

    assertThat(written.status()).as(written.body()).isEqualTo(200);
    assertThat(invoice.status()).as(invoice.body()).isEqualTo(201);
    assertThat(nps.status()).as(nps.body()).isEqualTo(201);
  }

  @ParameterizedTest
  @ValueSource(strings = {"crm", "analytics", "billing", "surveys", "ticketing"})
  void shouldModelEachScopeAsASystemGroupWithADemoUserAndNoEngineGrant(String scope) {
    String group = "integration-" + scope;

    assertThat(identity.createGroupQuery().groupId(group).singleResult().getType())
        .isEqualTo(Groups.GROUP_TYPE_SYSTEM);
    assertThat(identity.createUserQuery().userId("demo." + scope).memberOfGroup(group).count())
        .isEqualTo(1);
    assertThat(authorizations.createAuthorizationQuery().groupIdIn(group).list())
        .extracting(Authorization::getResourceId)
        .containsExactly(group);
  }

  private String signals() {
    return "/api/v1/accounts/" + account + "/signals";
  }

  private static ObjectNode signal(String kind, Number value) {
    ObjectNode signal =
        JSON.createObjectNode()
            .put("eventId", "scope-" + UUID.randomUUID())
            .put("kind", kind)
            .put("occurredAt", "2027-02-01T09:00:00Z");
    if (value != null) {
      signal.set("value", JSON.valueToTree(value));
    }
    return signal;
  }

  private static String measurement(int value) {
    return "{\"eventId\": \"evt-"
        + UUID.randomUUID()
        + "\", \"kpiId\": \"close-days\", \"value\": "
        + value
        + ", \"measuredAt\": \"2027-02-01T10:00:00Z\", \"source\": \"analytics\"}";
  }

  private static String contract(String accountId) {
    return """
        {"contractId": "c-%1$s", "accountId": "%1$s", "accountName": "Acme Corporation", "industry": "Logistics",
         "purchase": {"plan": "Enterprise", "products": ["Flow"], "licences": 250}, "arr": 120000,
         "renewalDate": "2028-01-03", "signedAt": "2027-01-04T09:00:00Z"}"""
        .formatted(accountId);
  }
}
