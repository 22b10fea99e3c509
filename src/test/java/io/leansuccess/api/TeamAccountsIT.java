package io.leansuccess.api;

import static io.leansuccess.api.AccountJson.anAccount;
import static org.assertj.core.api.Assertions.assertThat;

import io.leansuccess.engine.DemoTeams;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Teams own accounts: the CRM names an account's team and CSM, a CSM sees only their teams'
 * accounts and everything under them (another team's answers 404), a manager gives an account to
 * another team. The demo's teams: {@code demo.csm} and {@code demo.manager} in Enterprise EMEA,
 * {@code demo.csm.americas} in Growth Americas.
 */
@LeanSuccessIntegrationTest
class TeamAccountsIT {

  private static final String ACCOUNTS = "/api/v1/accounts/";
  private static final String[] UNDER_AN_ACCOUNT = {
    "",
    "/use-cases",
    "/health",
    "/maturity",
    "/champions",
    "/cycles",
    "/cycles/current",
    "/visions",
    "/get-well-plans",
    "/success-plan",
    "/success-plan/versions",
    "/decisions",
    "/renewal-readiness"
  };

  @LocalServerPort int port;

  private ApiClient crm;
  private ApiClient emeaCsm;
  private ApiClient americasCsm;
  private ApiClient emeaManager;
  private ApiClient admin;
  private String emeaAccount;
  private String americasAccount;

  @BeforeEach
  void givenAnAccountInEachTeam() {
    crm = new ApiClient(port).as("demo.integration", "demo");
    emeaCsm = new ApiClient(port).as("demo.csm", "demo");
    americasCsm = new ApiClient(port).as(DemoTeams.OTHER_CSM, "demo");
    emeaManager = new ApiClient(port).as("demo.manager", "demo");
    admin = new ApiClient(port).as("admin", "admin");
    emeaAccount = crmPuts(DemoTeams.ENTERPRISE_EMEA, "demo.csm");
    americasAccount = crmPuts(DemoTeams.GROWTH_AMERICAS, DemoTeams.OTHER_CSM);
  }

  @Test
  void shouldShowEachCsmOnlyTheirTeamsAccounts() {
    var own = emeaCsm.get(ACCOUNTS + emeaAccount);
    assertThat(own.status()).isEqualTo(200);
    assertThat(own.json().path("team").asText()).isEqualTo(DemoTeams.ENTERPRISE_EMEA);
    assertThat(own.json().path("owner").asText()).isEqualTo("demo.csm");

    assertThat(emeaCsm.get(ACCOUNTS + americasAccount).problem(404).path("detail").asText())
        .isEqualTo("No account with id '" + americasAccount + "'");
    assertThat(americasCsm.get(ACCOUNTS + emeaAccount).status()).isEqualTo(404);
    assertThat(americasCsm.get(ACCOUNTS + americasAccount).status()).isEqualTo(200);

    assertThat(allIds(emeaCsm)).contains(emeaAccount).doesNotContain(americasAccount);
    assertThat(allIds(americasCsm)).contains(americasAccount).doesNotContain(emeaAccount);
    assertThat(allIds(emeaManager)).contains(emeaAccount).doesNotContain(americasAccount);
    assertThat(allIds(admin)).contains(emeaAccount, americasAccount);
  }

  @Test
  void shouldAnswer404ForEverythingUnderAnotherTeamsAccount() {
    String useCase =
        crm.post(ACCOUNTS + americasAccount + "/use-cases", UseCaseJson.aPlannedUseCase().json())
            .json()
            .path("id")
            .asText();
    assertThat(americasCsm.get("/api/v1/use-cases/" + useCase).status()).isEqualTo(200);
    String signal = ACCOUNTS + americasAccount + "/signals/" + crmSendsNps(americasAccount);
    assertThat(americasCsm.get(signal).status()).isEqualTo(200);

    for (String under : UNDER_AN_ACCOUNT) {
      var answer = emeaCsm.get(ACCOUNTS + americasAccount + under);
      assertThat(answer.status()).as(under).isEqualTo(404);
      assertThat(answer.body()).as(under).doesNotContain("Acme Corporation");
    }
    assertThat(emeaCsm.get(signal).status()).isEqualTo(404);
    assertThat(emeaCsm.get("/api/v1/use-cases/" + useCase).problem(404).path("detail").asText())
        .isEqualTo("No use case with id '" + useCase + "'");
    assertThat(
            emeaCsm
                .post(
                    "/api/v1/use-cases/" + useCase + "/measurements",
                    "{\"eventId\": \"e-1\", \"kpiId\": \"adoption\", \"value\": 12, \"measuredAt\": \"2026-11-02T10:00:00Z\"}")
                .status())
        .isEqualTo(404);
  }

  @Test
  void shouldNotLetACsmWriteToAnotherTeamsAccountByItsId() {
    var takeover = anAccount().with("id", americasAccount).with("name", "Taken over");

    assertThat(emeaCsm.put(ACCOUNTS + americasAccount, takeover.json()).status()).isEqualTo(404);
    assertThat(emeaCsm.post("/api/v1/accounts", takeover.json()).status()).isEqualTo(404);
    assertThat(
            emeaCsm
                .post(
                    ACCOUNTS + americasAccount + "/signals", nps("from-emea-" + UUID.randomUUID()))
                .status())
        .isEqualTo(404);
    var batch =
        emeaCsm.post(
            "/api/v1/signal-batches",
            "{\"items\": ["
                + nps("batch-" + UUID.randomUUID())
                    .replace("{", "{\"accountId\": \"" + americasAccount + "\", ")
                + "]}");
    assertThat(batch.json().path("stored").asInt()).as(batch.body()).isZero();

    assertThat(americasCsm.get(ACCOUNTS + americasAccount).json().path("name").asText())
        .isEqualTo("Acme Corporation");
  }

  @Test
  void shouldMoveAnAccountToAnotherTeamWhenItsManagerGivesItAway() {
    var moved =
        emeaManager.put(
            ACCOUNTS + emeaAccount + "/team",
            "{\"team\": \""
                + DemoTeams.GROWTH_AMERICAS
                + "\", \"owner\": \""
                + DemoTeams.OTHER_CSM
                + "\"}");

    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    assertThat(moved.json().path("team").asText()).isEqualTo(DemoTeams.GROWTH_AMERICAS);
    assertThat(americasCsm.get(ACCOUNTS + emeaAccount).json().path("owner").asText())
        .isEqualTo(DemoTeams.OTHER_CSM);
    assertThat(emeaCsm.get(ACCOUNTS + emeaAccount).status()).isEqualTo(404);
    assertThat(emeaManager.get(ACCOUNTS + emeaAccount).status()).isEqualTo(404);
  }

  @Test
  void shouldRefuseACsmMovingAnAccount() {
    String toAmericas = "{\"team\": \"" + DemoTeams.GROWTH_AMERICAS + "\"}";

    assertThat(emeaCsm.put(ACCOUNTS + emeaAccount + "/team", toAmericas).problem(403)).isNotNull();
    assertThat(
            emeaCsm
                .put(
                    ACCOUNTS + emeaAccount,
                    anAccount()
                        .with("id", emeaAccount)
                        .with("team", DemoTeams.GROWTH_AMERICAS)
                        .json())
                .problem(403))
        .isNotNull();
    assertThat(emeaManager.put(ACCOUNTS + americasAccount + "/team", toAmericas).status())
        .isEqualTo(404);

    assertThat(emeaCsm.get(ACCOUNTS + emeaAccount).json().path("team").asText())
        .isEqualTo(DemoTeams.ENTERPRISE_EMEA);
  }

  @Test
  void shouldAnswer400NamingTheFieldWhenTheTeamOrOwnerIsUnknown() {
    String account = anAccount().id();

    assertThat(
            field(crm.put(ACCOUNTS + account, withTeam(account, "team-nobody", null)).problem(400)))
        .isEqualTo("team");
    // a group that is no team: the CSMs' role
    assertThat(field(crm.put(ACCOUNTS + account, withTeam(account, "csm", null)).problem(400)))
        .isEqualTo("team");
    assertThat(
            field(
                crm.put(
                        ACCOUNTS + account,
                        withTeam(account, DemoTeams.GROWTH_AMERICAS, "demo.csm"))
                    .problem(400)))
        .isEqualTo("owner");
    assertThat(
            field(
                emeaManager
                    .put(
                        ACCOUNTS + emeaAccount + "/team",
                        "{\"team\": \""
                            + DemoTeams.GROWTH_AMERICAS
                            + "\", \"owner\": \"demo.csm\"}")
                    .problem(400)))
        .isEqualTo("owner");

    assertThat(admin.get(ACCOUNTS + account).status()).isEqualTo(404);
    assertThat(emeaCsm.get(ACCOUNTS + emeaAccount).json().path("team").asText())
        .isEqualTo(DemoTeams.ENTERPRISE_EMEA);
  }

  @Test
  void shouldGiveTheAccountToTheTeamAndCsmTheContractNames() {
    String account = "crm-" + UUID.randomUUID().toString().substring(0, 8);

    var received =
        crm.post(
            "/api/v1/contracts",
            contract(account, DemoTeams.GROWTH_AMERICAS, DemoTeams.OTHER_CSM + "@example.com"));

    assertThat(received.status()).as(received.body()).isEqualTo(201);
    var stored = americasCsm.get(ACCOUNTS + account).json();
    assertThat(stored.path("team").asText()).isEqualTo(DemoTeams.GROWTH_AMERICAS);
    assertThat(stored.path("owner").asText()).isEqualTo(DemoTeams.OTHER_CSM);
    assertThat(emeaCsm.get(ACCOUNTS + account).status()).isEqualTo(404);
    assertThat(emeaCsm.get("/api/v1/contracts/c-" + account).status()).isEqualTo(404);
    assertThat(americasCsm.get("/api/v1/contracts/c-" + account).status()).isEqualTo(200);
  }

  @Test
  void shouldAnswer400NamingTheCsmWhenTheContractsCsmIsNotInItsTeam() {
    String account = "crm-" + UUID.randomUUID().toString().substring(0, 8);

    var refused =
        crm.post(
            "/api/v1/contracts",
            contract(account, DemoTeams.GROWTH_AMERICAS, "demo.csm@example.com"));

    assertThat(field(refused.problem(400))).isEqualTo("vendorContacts.csm.email");
    assertThat(admin.get(ACCOUNTS + account).status()).isEqualTo(404);
  }

  private String crmSendsNps(String account) {
    String eventId = "survey-" + UUID.randomUUID();
    assertThat(crm.post(ACCOUNTS + account + "/signals", nps(eventId)).status()).isEqualTo(201);
    return eventId;
  }

  private static String nps(String eventId) {
    return "{\"eventId\": \""
        + eventId
        + "\", \"kind\": \"NPS\", \"value\": 9,"
        + " \"occurredAt\": \"2026-10-05T09:00:00Z\"}";
  }

  private String crmPuts(String team, String owner) {
    String id = anAccount().id();
    var answer = crm.put(ACCOUNTS + id, withTeam(id, team, owner));
    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    return id;
  }

  private static String withTeam(String id, String team, String owner) {
    var account = anAccount().with("id", id).with("team", team);
    return (owner == null ? account : account.with("owner", owner)).json();
  }

  /** Every account id the client can list, page by page. */
  private static List<String> allIds(ApiClient client) {
    List<String> ids = new ArrayList<>();
    int offset = 0;
    while (true) {
      var page = client.get("/api/v1/accounts?limit=500&offset=" + offset).json();
      page.path("items").forEach(item -> ids.add(item.path("id").asText()));
      offset += page.path("limit").asInt();
      if (offset >= page.path("total").asLong()) {
        return ids;
      }
    }
  }

  private static String field(com.fasterxml.jackson.databind.JsonNode problem) {
    return problem.path("errors").path(0).path("field").asText();
  }

  private static String contract(String account, String team, String csmEmail) {
    return """
        {"contractId": "c-%s", "accountId": "%s", "accountName": "Globex", "industry": "Logistics",
         "purchase": {"plan": "Enterprise", "products": ["Flow"], "licences": 150},
         "arr": 240000, "renewalDate": "2028-01-03", "signedAt": "2026-11-02T09:00:00Z",
         "vendorContacts": {"csm": {"name": "Jordan Rivera", "email": "%s"}},
         "team": "%s"}"""
        .formatted(account, account, csmEmail, team);
  }
}
