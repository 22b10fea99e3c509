package io.leansuccess.api;

import static io.leansuccess.api.AccountJson.anAccount;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * /api/v1/accounts beyond the plumbing {@link ApiIT} shows: paging, replacing, and what is refused.
 */
@LeanSuccessIntegrationTest
class AccountApiIT {

  private static final String ACCOUNTS = "/api/v1/accounts";

  @LocalServerPort int port;
  @Autowired ApiProperties apiProperties;

  private ApiClient csm;

  @BeforeEach
  void setUp() {
    csm = new ApiClient(port).as("demo.csm", "demo");
  }

  @Test
  void shouldListAccountsForACsmInPagesOfBoundedSize() {
    var account = anAccount();
    var another = anAccount();
    assertThat(csm.put(ACCOUNTS + "/" + account.id(), account.json()).status()).isEqualTo(201);
    assertThat(csm.put(ACCOUNTS + "/" + another.id(), another.json()).status()).isEqualTo(201);

    var answer = csm.get(ACCOUNTS + "?limit=100000");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.header("Content-Type")).startsWith("application/json");
    JsonNode page = answer.json();
    assertThat(page.path("limit").asInt()).isEqualTo(apiProperties.getMaxPageSize());
    assertThat(page.path("offset").asInt()).isZero();
    assertThat(page.path("total").asLong()).isGreaterThanOrEqualTo(2);
    assertThat(page.path("items").findValuesAsText("id")).contains(account.id(), another.id());
    assertThat(csm.get(ACCOUNTS + "?limit=1").json().path("items").size()).isEqualTo(1);
  }

  @Test
  void shouldAnswer400NamingTheParameterWhenPagingIsInvalid() {
    assertThat(field(csm.get(ACCOUNTS + "?limit=0").problem(400))).isEqualTo("limit");
    assertThat(field(csm.get(ACCOUNTS + "?offset=-1").problem(400))).isEqualTo("offset");
    assertThat(field(csm.get(ACCOUNTS + "?limit=ten").problem(400))).isEqualTo("limit");
  }

  @Test
  void shouldCreateWithPutThenReplaceThenChangeNothingWhenRepeated() {
    var account = anAccount();
    var renamed = account.with("name", "Acme Holdings");
    String path = ACCOUNTS + "/" + account.id();

    var created = csm.put(path, account.json());
    var replaced = csm.put(path, renamed.json());
    var repeated = csm.put(path, renamed.json());

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.header("Location")).endsWith(path);
    assertThat(replaced.status()).isEqualTo(200);
    assertThat(repeated.status()).isEqualTo(200);
    assertThat(csm.get(path).json().path("name").asText()).isEqualTo("Acme Holdings");
  }

  @Test
  void shouldAnswer400WhenThePutIdDiffersFromTheBodyId() {
    var account = anAccount();

    var problem = csm.put(ACCOUNTS + "/other-id", account.json()).problem(400);

    assertThat(field(problem)).isEqualTo("id");
  }

  @Test
  void shouldAnswer400NamingTheSecondSegmentWhenSegmentKeysRepeat() {
    var problem =
        csm.post(ACCOUNTS, anAccount().withSegmentField(1, "key", "emea").json()).problem(400);

    assertThat(field(problem)).isEqualTo("segments[1].key");
  }

  @Test
  void shouldAnswer400NamingTheFieldWhenAValueHasTheWrongType() {
    var wrongNumber =
        csm.post(ACCOUNTS, anAccount().withSegmentField(0, "licensedUsers", "many").json())
            .problem(400);
    var wrongKind =
        csm.post(ACCOUNTS, anAccount().withSegmentField(0, "kind", "PLANET").json()).problem(400);
    var wrongDate =
        csm.post(ACCOUNTS, anAccount().with("renewalDate", "2027-13-45").json()).problem(400);

    assertThat(field(wrongNumber)).isEqualTo("segments[0].licensedUsers");
    assertThat(field(wrongKind)).isEqualTo("segments[0].kind");
    assertThat(wrongKind.path("errors").get(0).path("message").asText()).contains("GEOGRAPHY");
    assertThat(field(wrongDate)).isEqualTo("renewalDate");
  }

  @Test
  void shouldAnswer400NamingTheFieldWhenJsonIsMalformedInsideASegment() {
    String json = "{\"id\": \"crm-broken\",\n \"segments\": [{\"key\": \"emea\", \"name\": }]}";

    var problem = csm.post(ACCOUNTS, json).problem(400);

    assertThat(problem.path("type").asText()).isEqualTo(Problem.MALFORMED_JSON.toString());
    assertThat(problem.path("detail").asText()).contains("line 2");
    assertThat(field(problem)).isEqualTo("segments[0].name");
  }

  private static String field(JsonNode problem) {
    return problem.path("errors").path(0).path("field").asText(null);
  }
}
