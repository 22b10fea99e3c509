package io.leansuccess.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.leansuccess.onboarding.OnboardingProcess;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * POST /api/v1/contracts and the success plan it makes: safe to repeat, amended or renewed without
 * a second account.
 */
@LeanSuccessIntegrationTest
class ContractApiIT {

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;

  private ApiClient crm;
  private String account;

  @BeforeEach
  void givenTheCrmAndANewAccount() {
    crm = new ApiClient(port).as("demo.csm", "demo");
    account = "crm-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void shouldOnboardOnceWhenTheSameContractArrivesThreeTimesAndMakeANewPlanVersionWhenAmended() {
    String contract =
        contract(
            "c-" + account, "Globex", "2027-01-04T09:00:00Z", 120000, "Plan every week in Flow");

    var first = crm.post("/api/v1/contracts", contract);
    var second = crm.post("/api/v1/contracts", contract);
    var third = crm.post("/api/v1/contracts", contract);
    var amended =
        crm.post(
            "/api/v1/contracts",
            contract(
                "c-" + account,
                "Globex",
                "2027-01-04T09:00:00Z",
                120000,
                "Plan every day in Flow"));

    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertThat(first.header("Location")).endsWith("/api/v1/contracts/c-" + account);
    assertThat(second.status()).isEqualTo(200);
    assertThat(third.status()).isEqualTo(200);
    assertThat(second.json()).isEqualTo(first.json());
    assertThat(third.json()).isEqualTo(first.json());
    assertThat(first.json().path("revision").asInt()).isEqualTo(1);
    assertThat(amended.status()).as(amended.body()).isEqualTo(200);
    assertThat(amended.json().path("revision").asInt()).isEqualTo(2);
    assertThat(crm.get("/api/v1/contracts/c-" + account).json()).isEqualTo(amended.json());
    assertThat(crm.get("/api/v1/accounts/" + account).status()).isEqualTo(200);
    assertThat(
            runtime
                .createProcessInstanceQuery()
                .processDefinitionKey(OnboardingProcess.KEY)
                .processInstanceBusinessKey(account)
                .count())
        .isEqualTo(1);
    JsonNode versions = crm.get(plan() + "/versions").json();
    assertThat(versions.path("total").asInt()).isEqualTo(2);
    assertThat(versions.path("items").findValuesAsText("reason"))
        .containsExactly("CONTRACT_AMENDED", "CONTRACT_SIGNED");
    assertThat(crm.get(plan() + "/versions/1").json().at("/plan/goals/0").asText())
        .isEqualTo("Plan every week in Flow");
    assertThat(crm.get(plan()).json().at("/plan/goals/0").asText())
        .isEqualTo("Plan every day in Flow");
  }

  @Test
  void shouldUpdateTheAccountWhenARenewalArrivesUnderANewContractId() {
    crm.post(
        "/api/v1/contracts",
        contract("c1-" + account, "Globex", "2027-01-04T09:00:00Z", 120000, "Plan in Flow"));

    var renewal =
        crm.post(
            "/api/v1/contracts",
            contract(
                "c2-" + account, "Globex Group", "2028-01-04T09:00:00Z", 150000, "Plan in Flow"));

    assertThat(renewal.status()).as(renewal.body()).isEqualTo(201);
    JsonNode stored = crm.get("/api/v1/accounts/" + account).json();
    assertThat(stored.path("name").asText()).isEqualTo("Globex Group");
    assertThat(stored.path("arrNow").decimalValue()).isEqualByComparingTo("150000");
    assertThat(stored.path("arrAtSigning").decimalValue()).isEqualByComparingTo("120000");
    assertThat(
            runtime
                .createProcessInstanceQuery()
                .processDefinitionKey(OnboardingProcess.KEY)
                .processInstanceBusinessKey(account)
                .count())
        .isEqualTo(1);
    JsonNode latest = crm.get(plan()).json();
    assertThat(latest.path("reason").asText()).isEqualTo("CONTRACT_RENEWED");
    assertThat(latest.path("contractId").asText()).isEqualTo("c2-" + account);
  }

  @Test
  void shouldAnswer400NamingEveryMissingRequiredField() {
    JsonNode problem =
        crm.post("/api/v1/contracts", "{\"contractId\": \"c-" + account + "\", \"purchase\": {}}")
            .problem(400);

    assertThat(problem.path("errors").findValuesAsText("field"))
        .contains(
            "accountId",
            "accountName",
            "industry",
            "arr",
            "renewalDate",
            "signedAt",
            "purchase.products",
            "purchase.licences");
    assertThat(crm.get("/api/v1/contracts/c-" + account).status()).isEqualTo(404);
  }

  @Test
  void shouldAnswer409WhenAContractIdArrivesForAnotherAccount() {
    crm.post(
        "/api/v1/contracts",
        contract("c-" + account, "Globex", "2027-01-04T09:00:00Z", 120000, "Plan in Flow"));

    var moved =
        crm.post(
            "/api/v1/contracts",
            contract("c-" + account, "Globex", "2027-01-04T09:00:00Z", 120000, "Plan in Flow")
                .replace(
                    "\"accountId\": \"" + account + "\"",
                    "\"accountId\": \"other-" + account + "\""));

    assertThat(moved.problem(409).path("detail").asText()).contains(account);
  }

  @Test
  void shouldServeThePlanAsJsonAsAnEscapedPageAndAsPdf() throws Exception {
    crm.post(
        "/api/v1/contracts",
        contract(
            "c-" + account,
            "Globex <script>alert(1)</script>",
            "2027-01-04T09:00:00Z",
            120000,
            "Plan every week in Flow"));

    assertThat(crm.get(plan()).header("Content-Type"))
        .as("JSON without an Accept header")
        .startsWith("application/json");
    var json = crm.get(plan(), "application/json");
    assertThat(json.json().at("/plan/accountName").asText())
        .isEqualTo("Globex <script>alert(1)</script>");
    assertThat(json.json().at("/plan/sizeBand").asText()).isEqualTo("Mid-market");
    assertThat(json.json().at("/plan/vendorContacts/csm/name").asText()).isEqualTo("Casey Csm");
    assertThat(json.json().at("/plan/timeline/milestones")).hasSize(3);
    assertThat(json.json().at("/plan/launch/steps")).hasSize(6);
    var page = crm.get(plan(), "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
    assertThat(page.header("Content-Type")).startsWith("text/html");
    assertThat(page.body())
        .contains("Globex &lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain("<script>");
    HttpResponse<byte[]> pdf = pdf(plan() + "/versions/1");
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
    try (var document = Loader.loadPDF(pdf.body())) {
      assertThat(new PDFTextStripper().getText(document))
          .contains("Globex <script>alert(1)</script>");
    }
  }

  @Test
  void shouldAnswer404ForAnAccountWithoutAPlanAndForAnUnknownVersion() {
    crm.post(
        "/api/v1/contracts",
        contract("c-" + account, "Globex", "2027-01-04T09:00:00Z", 120000, "Plan in Flow"));

    assertThat(
            crm.get("/api/v1/accounts/no-such-account/success-plan")
                .problem(404)
                .path("detail")
                .asText())
        .contains("no-such-account");
    crm.get(plan() + "/versions/7").problem(404);
  }

  private String plan() {
    return "/api/v1/accounts/" + account + "/success-plan";
  }

  private HttpResponse<byte[]> pdf(String path) throws IOException, InterruptedException {
    String basic =
        Base64.getEncoder().encodeToString("demo.csm:demo".getBytes(StandardCharsets.UTF_8));
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + basic)
                .header("Accept", "application/pdf")
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }

  private String contract(String contractId, String name, String signedAt, int arr, String goal) {
    return """
        {"contractId": "%s", "accountId": "%s", "accountName": "%s", "industry": "Logistics",
         "purchase": {"plan": "Enterprise", "products": ["Flow", "Insights"], "licences": 150},
         "arr": %d, "renewalDate": "2028-01-03", "signedAt": "%s",
         "segments": [{"key": "emea", "kind": "GEOGRAPHY", "name": "Europe", "licensedUsers": 100}],
         "customerContacts": [{"name": "Dana Scully", "email": "dana@globex.example", "title": "COO",
                               "interests": "Fewer late shipments"}],
         "vendorContacts": {"accountManager": {"name": "Sam Seller", "email": "sam@vendor.example"},
                            "csm": {"name": "Casey Csm", "email": "casey@vendor.example"}},
         "goals": ["%s"], "partners": [{"name": "Bolt Integrators", "role": "Implementation"}],
         "businessChallenges": ["Peak season doubles the volume"]}"""
        .formatted(contractId, account, name.replace("\"", "\\\""), arr, signedAt, goal);
  }
}
