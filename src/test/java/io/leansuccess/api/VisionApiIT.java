package io.leansuccess.api;

import static io.leansuccess.api.AccountJson.anAccount;
import static org.assertj.core.api.Assertions.assertThat;

import io.leansuccess.support.LeanSuccessIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** /api/v1/accounts/{id}/visions/{year}: the yearly vision and objectives. */
@LeanSuccessIntegrationTest
class VisionApiIT {

  private static final String VISION =
      """
      {"statement": "Every controller closes the month in the product",
       "objectives": [{"title": "Faster close", "measure": "Close in 5 days"},
                      {"title": "Adoption in EMEA", "measure": "60% active users"}]}""";

  @LocalServerPort int port;

  private ApiClient csm;
  private String accountId;

  @BeforeEach
  void setUp() {
    csm = new ApiClient(port).as("demo.csm", "demo");
    var account = anAccount();
    accountId = account.id();
    assertThat(csm.put("/api/v1/accounts/" + accountId, account.json()).status()).isEqualTo(201);
  }

  @Test
  void shouldCreateThenReplaceThenChangeNothingWhenRepeated() {
    String path = "/api/v1/accounts/" + accountId + "/visions/2027";
    String replacement = VISION.replace("5 days", "4 days");

    var created = csm.put(path, VISION);
    var replaced = csm.put(path, replacement);
    var repeated = csm.put(path, replacement);

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.header("Location")).endsWith(path);
    assertThat(replaced.status()).isEqualTo(200);
    assertThat(repeated.status()).isEqualTo(200);
    var vision = csm.get(path).json();
    assertThat(vision.path("accountId").asText()).isEqualTo(accountId);
    assertThat(vision.path("year").asInt()).isEqualTo(2027);
    assertThat(vision.path("statement").asText())
        .isEqualTo("Every controller closes the month in the product");
    assertThat(vision.path("objectives").findValuesAsText("measure"))
        .containsExactly("Close in 4 days", "60% active users");
  }

  @Test
  void shouldAcceptBackWhatItAnsweredButNotAnotherYear() {
    String path = "/api/v1/accounts/" + accountId + "/visions/2028";
    String read = csm.put(path, VISION).body();

    assertThat(csm.put(path, read).status()).isEqualTo(200);
    var problem = csm.put("/api/v1/accounts/" + accountId + "/visions/2029", read).problem(400);
    assertThat(problem.path("errors").path(0).path("field").asText()).isEqualTo("year");
  }

  @Test
  void shouldAnswer404NamingTheAccountWhenItIsUnknown() {
    var onPut = csm.put("/api/v1/accounts/crm-no-such-account/visions/2027", VISION).problem(404);
    var onGet = csm.get("/api/v1/accounts/crm-no-such-account/visions/2027").problem(404);

    assertThat(onPut.path("detail").asText()).contains("crm-no-such-account");
    assertThat(onGet.path("detail").asText()).contains("crm-no-such-account");
  }

  @Test
  void shouldAnswer404WhenTheYearHasNoVision() {
    var problem = csm.get("/api/v1/accounts/" + accountId + "/visions/2031").problem(404);

    assertThat(problem.path("detail").asText()).contains(accountId).contains("2031");
  }

  @Test
  void shouldAnswer400NamingTheObjectiveWithoutMeasure() {
    String json =
        "{\"statement\": \"S\", \"objectives\": [{\"title\": \"T\", \"measure\": \"M\"}, {\"title\": \"T2\"}]}";

    var problem = csm.put("/api/v1/accounts/" + accountId + "/visions/2027", json).problem(400);

    assertThat(problem.path("errors").path(0).path("field").asText())
        .isEqualTo("objectives[1].measure");
  }
}
