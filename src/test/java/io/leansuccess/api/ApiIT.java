package io.leansuccess.api;

import static io.leansuccess.api.AccountJson.anAccount;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The API as an integration sees it: /api/v1 over HTTP, on the whole app. */
@LeanSuccessIntegrationTest
class ApiIT {

  private static final String ACCOUNTS = "/api/v1/accounts";

  /** Users of this test only: a failed login locks a Camunda user for a while. */
  private static final String OUTSIDER = "api-it.outsider";

  private static final String LOCKED_OUT = "api-it.locked-out";

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
  @Autowired ApiProperties apiProperties;

  private ApiClient anonymous;
  private ApiClient csm;

  @BeforeEach
  void setUp() {
    anonymous = new ApiClient(port);
    csm = anonymous.as("demo.csm", "demo");
    createUserWithoutGroups(OUTSIDER);
    createUserWithoutGroups(LOCKED_OUT);
  }

  @Test
  void shouldAnswer401WithChallengeWhenNoCredentialsAreSent() {
    var answer = anonymous.get(ACCOUNTS);

    answer.problem(401);
    assertThat(answer.header("WWW-Authenticate")).isEqualTo("Basic realm=\"Lean Success\"");
  }

  @Test
  void shouldAnswer401WhenThePasswordIsWrong() {
    var answer = anonymous.as(LOCKED_OUT, "wrong").get(ACCOUNTS);

    answer.problem(401);
    assertThat(answer.header("WWW-Authenticate")).isEqualTo("Basic realm=\"Lean Success\"");
    assertThat(anonymous.withAuthorization("Bearer abc").get(ACCOUNTS).status()).isEqualTo(401);
  }

  @Test
  void shouldAnswer200ToACsm() {
    var answer = csm.get(ACCOUNTS);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.header("Content-Type")).startsWith("application/json");
    assertThat(answer.json().path("items").isArray()).isTrue();
  }

  @Test
  void shouldAnswer401BeforeTellingWhetherAPathExists() {
    anonymous.get("/api/v1/no-such-thing").problem(401);
  }

  @Test
  void shouldAnswer403WhenTheUserHasNoAccountRole() {
    anonymous.as(OUTSIDER, "secret").get(ACCOUNTS).problem(403);
  }

  @Test
  void shouldCreateWithPostAndAnswerTheSameAccountWhenPostedAgain() {
    var account = anAccount();

    var created = csm.post(ACCOUNTS, account.json());
    var repeated = csm.post(ACCOUNTS, account.json());
    var read = csm.get(ACCOUNTS + "/" + account.id());

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.header("Location")).endsWith(ACCOUNTS + "/" + account.id());
    assertThat(repeated.status()).isEqualTo(200);
    assertThat(repeated.json()).isEqualTo(created.json());
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json()).isEqualTo(created.json());
    assertThat(read.json().path("arrNow").decimalValue()).isEqualByComparingTo("150000.50");
    assertThat(read.json().path("renewalDate").asText()).isEqualTo(AccountJson.RENEWAL_DATE);
    assertThat(read.json().path("segments").get(1).path("key").asText()).isEqualTo("ops");
  }

  @Test
  void shouldAnswer409WhenADifferentAccountIsPostedUnderAnExistingId() {
    var account = anAccount();
    csm.post(ACCOUNTS, account.json());

    var problem = csm.post(ACCOUNTS, account.with("name", "Another name").json()).problem(409);

    assertThat(problem.path("detail").asText()).contains(account.id());
    assertThat(csm.get(ACCOUNTS + "/" + account.id()).json().path("name").asText())
        .isEqualTo("Acme Corporation");
  }

  @Test
  void shouldAnswer404NamingTheIdWhenTheAccountIsUnknown() {
    var problem = csm.get(ACCOUNTS + "/no-such-account").problem(404);

    assertThat(problem.path("detail").asText()).contains("no-such-account");
  }

  @Test
  void shouldAnswer404ProblemForAnUnknownPath() {
    csm.get("/api/v1/no-such-thing").problem(404);
  }

  @Test
  void shouldAnswer400NamingTheFieldWhenTheNameIsMissing() {
    var problem = csm.post(ACCOUNTS, anAccount().without("name").json()).problem(400);

    assertThat(problem.path("errors")).hasSize(1);
    assertThat(field(problem)).isEqualTo("name");
    assertThat(problem.path("errors").get(0).path("message").asText()).isNotBlank();
  }

  @Test
  void shouldAnswer400NamingTheSegmentWhenItsLicensedUsersAreNegative() {
    var account = anAccount().withSegmentField(1, "licensedUsers", -5);

    var problem = csm.post(ACCOUNTS, account.json()).problem(400);

    assertThat(field(problem)).isEqualTo("segments[1].licensedUsers");
    assertThat(csm.get(ACCOUNTS + "/" + account.id()).status()).isEqualTo(404);
  }

  @Test
  void shouldAnswer400WithLineAndColumnWhenTheJsonIsMalformed() {
    String json = "{\n  \"id\": \"crm-broken\",\n  \"name\": \"Acme\",,\n}";

    var problem = csm.post(ACCOUNTS, json).problem(400);

    assertThat(problem.path("type").asText()).isEqualTo(Problem.MALFORMED_JSON.toString());
    assertThat(problem.path("detail").asText()).contains("line 3");
  }

  @Test
  void shouldAnswer400NamingThePropertyWhenItIsUnknown() {
    var problem =
        csm.post(ACCOUNTS, anAccount().withSegmentField(0, "colour", "red").json()).problem(400);

    assertThat(field(problem)).isEqualTo("segments[0].colour");
    assertThat(problem.path("detail").asText()).contains("colour");
  }

  @Test
  void shouldAnswer413AndStoreNothingWhenTheBodyIsOverTheLimit() {
    var account =
        anAccount()
            .with("industry", "x".repeat((int) apiProperties.getMaxRequestBytes().toBytes()));

    csm.post(ACCOUNTS, account.json()).problem(413);

    assertThat(csm.get(ACCOUNTS + "/" + account.id()).status()).isEqualTo(404);
  }

  @Test
  void shouldAnswer413WhenAChunkedBodyGoesOverTheLimit() {
    var account =
        anAccount()
            .with("industry", "x".repeat((int) apiProperties.getMaxRequestBytes().toBytes()));

    csm.postChunked(ACCOUNTS, account.json().getBytes(StandardCharsets.UTF_8)).problem(413);

    assertThat(csm.get(ACCOUNTS + "/" + account.id()).status()).isEqualTo(404);
  }

  @Test
  void shouldAnswer415WhenTheBodyIsNotJson() {
    csm.post(ACCOUNTS, "text/plain", HttpRequest.BodyPublishers.ofString(anAccount().json()))
        .problem(415);
  }

  @Test
  void shouldAnswer405WithTheAllowedMethodsAnd406ForAnotherMediaType() {
    var notAllowed = csm.delete(ACCOUNTS + "/some-id");
    var notAcceptable = csm.get(ACCOUNTS, "application/xml");

    notAllowed.problem(405);
    assertThat(notAllowed.header("Allow")).contains("GET", "PUT");
    notAcceptable.problem(406);
  }

  @Test
  void shouldServeTheOpenApiDocumentWithoutCredentials() {
    var answer = anonymous.get("/api/v1/openapi.json");

    assertThat(answer.status()).isEqualTo(200);
    JsonNode document = answer.json();
    assertThat(document.path("openapi").asText()).startsWith("3.");
    assertThat(document.path("info").path("title").asText()).isEqualTo("Lean Success API");
    assertThat(document.path("paths").fieldNames())
        .toIterable()
        .as("only our resources")
        .containsExactlyInAnyOrder(
            "/accounts",
            "/accounts/{id}",
            "/accounts/{id}/team",
            "/accounts/{accountId}/visions/{year}",
            "/accounts/{accountId}/use-cases",
            "/use-cases/{id}",
            "/use-cases/{useCaseId}/measurements",
            "/accounts/{accountId}/cycles",
            "/accounts/{accountId}/cycles/current",
            "/accounts/{accountId}/cycles/{cycleId}",
            "/accounts/{accountId}/cycles/{cycleId}/qbr",
            "/accounts/{accountId}/decisions",
            "/decisions/{decisionId}",
            "/rules",
            "/accounts/{accountId}/signals",
            "/accounts/{accountId}/signals/{eventId}",
            "/accounts/{accountId}/champions",
            "/accounts/{accountId}/champions/{email}",
            "/accounts/{accountId}/share-links",
            "/accounts/{accountId}/share-links/{linkId}",
            "/accounts/{accountId}/maturity",
            "/accounts/{accountId}/get-well-plans",
            "/accounts/{accountId}/get-well-plans/{planId}",
            "/contracts",
            "/contracts/{contractId}",
            "/accounts/{accountId}/success-plan",
            "/accounts/{accountId}/success-plan/versions",
            "/accounts/{accountId}/success-plan/versions/{version}",
            "/signal-batches",
            "/accounts/{accountId}/health",
            "/rules/versions",
            "/rules/versions/{deploymentId}",
            "/rules/versions/{deploymentId}/diff",
            "/rules/simulations",
            "/rules/simulations/{simulationId}",
            "/process-migrations",
            "/use-case-library",
            "/use-case-library/{entryId}",
            "/accounts/{accountId}/use-case-suggestions",
            "/accounts/{accountId}/use-case-suggestions/{entryId}/copy",
            "/accounts/{accountId}/renewal-readiness");
    assertThat(document.path("components").path("schemas").fieldNames())
        .toIterable()
        .contains(
            "UseCaseDefinition",
            "UseCase",
            "KpiMeasurement",
            "Vision",
            "Cycle",
            "Decision",
            "DeployedDecision");
    assertThat(document.path("components").path("schemas").has("Problem")).isTrue();
    assertThat(
            document
                .path("components")
                .path("securitySchemes")
                .path("basicAuth")
                .path("scheme")
                .asText())
        .isEqualTo("basic");
    assertThat(document.at("/paths/~1accounts/post/responses/409/content").has(Problem.MEDIA_TYPE))
        .isTrue();
    assertThat(
            document
                .at("/paths/~1accounts~1{accountId}~1success-plan/get/responses/200/content")
                .fieldNames())
        .toIterable()
        .as("the plan's media types")
        .containsExactlyInAnyOrder("application/json", "text/html", "application/pdf");
    assertThat(
            document
                .at(
                    "/paths/~1accounts~1{id}/get/responses/200/content/application~1json/schema/$ref")
                .asText())
        .isEqualTo("#/components/schemas/Account");
    assertThat(anonymous.get("/api/v1/openapi.yaml").body()).contains("openapi: 3.");
  }

  @Test
  void shouldKeepCamundaRestApiWorking() {
    var answer = anonymous.get("/engine-rest/engine");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body()).contains("\"name\":\"default\"");
  }

  private static String field(JsonNode problem) {
    return problem.path("errors").path(0).path("field").asText(null);
  }

  private void createUserWithoutGroups(String id) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      var user = identityService.newUser(id);
      user.setPassword("secret");
      identityService.saveUser(user);
    }
  }
}
