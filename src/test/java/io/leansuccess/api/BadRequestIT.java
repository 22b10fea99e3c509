package io.leansuccess.api;

import static io.leansuccess.api.AccountJson.anAccount;
import static io.leansuccess.api.UseCaseJson.aPlannedUseCase;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Requests a fuzzer found to break the API: each answered with a 400 problem naming the field (or,
 * for a path the server cannot read, a problem document), and nothing stored.
 */
@LeanSuccessIntegrationTest
class BadRequestIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] FAR_DATES = {
    "+999999999-12-31", "-999999999-01-01", "0001-01-01", "9999-12-31"
  };

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  private ApiClient csm;
  private String accountId;
  private String useCaseId;

  @BeforeEach
  void givenAnAccountWithAUseCase() {
    csm = new ApiClient(port).as("demo.csm", "demo");
    var account = anAccount();
    assertThat(csm.put("/api/v1/accounts/" + account.id(), account.json()).status()).isEqualTo(201);
    accountId = account.id();
    var useCase = aPlannedUseCase();
    assertThat(csm.post("/api/v1/accounts/" + accountId + "/use-cases", useCase.json()).status())
        .isEqualTo(201);
    useCaseId = useCase.id();
  }

  @Test
  void shouldAnswer400NamingOccurredAtAndStoreNothingWhenASignalIsDatedFarAway() {
    for (String day : FAR_DATES) {
      String eventId = "evt-" + UUID.randomUUID();
      var problem = csm.post(signals(), nps(eventId, day + "T23:59:59Z", "40")).problem(400);

      assertThat(fields(problem)).as(day).containsExactly("occurredAt");
      assertThat(problem.path("errors").get(0).path("message").asText()).contains("2199-12-31");
      assertThat(csm.get(signals() + "/" + eventId).status()).isEqualTo(404);
    }
  }

  @Test
  void shouldRejectTheItemNamingItsOccurredAtWhenABatchHasASignalDatedFarAway() {
    String eventId = "evt-" + UUID.randomUUID();
    String batch =
        "{\"items\": ["
            + nps(eventId, "+999999999-12-31T23:59:59Z", "40")
                .replaceFirst("\\{", "{\"accountId\": \"" + accountId + "\", ")
            + "]}";

    var answer = csm.post("/api/v1/signal-batches", batch);

    assertThat(answer.status()).as(answer.body()).isEqualTo(207);
    assertThat(answer.json().at("/items/0/problem/errors/0/field").asText())
        .isEqualTo("items[0].occurredAt");
    assertThat(csm.get(signals() + "/" + eventId).status()).isEqualTo(404);
  }

  @Test
  void shouldAnswer400NamingTheFieldAndKeepTheAccountWhenItsRenewalDateIsFarAway() {
    for (String day : FAR_DATES) {
      var problem =
          csm.put(
                  "/api/v1/accounts/" + accountId,
                  anAccount().with("id", accountId).with("renewalDate", day).json())
              .problem(400);

      assertThat(fields(problem)).as(day).containsExactly("renewalDate");
    }
    assertThat(csm.get("/api/v1/accounts/" + accountId).json().path("renewalDate").asText())
        .isEqualTo(AccountJson.RENEWAL_DATE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"signedAt", "liveSince", "renewalDate"})
  void shouldAnswer400NamingTheFieldAndOnboardNobodyWhenAContractDateIsFarAway(String field) {
    String account = "crm-" + UUID.randomUUID().toString().substring(0, 8);
    String far = field.equals("signedAt") ? "+999999999-12-31T23:59:59Z" : "+999999999-12-31";

    var problem = csm.post("/api/v1/contracts", contract(account, field, far)).problem(400);

    assertThat(fields(problem)).containsExactly(field);
    assertThat(csm.get("/api/v1/accounts/" + account).status()).isEqualTo(404);
  }

  @Test
  void shouldAnswer400NamingMeasuredAtAndStoreNothingWhenAMeasurementIsDatedFarAway() {
    String eventId = "evt-" + UUID.randomUUID();
    String measurement =
        "{\"eventId\": \""
            + eventId
            + "\", \"kpiId\": \"close-days\", \"value\": 7,"
            + " \"measuredAt\": \"+999999999-12-31T23:59:59Z\"}";

    var problem =
        csm.post("/api/v1/use-cases/" + useCaseId + "/measurements", measurement).problem(400);

    assertThat(fields(problem)).containsExactly("measuredAt");
    assertThat(
            jdbc.sql("select count(*) from ls_kpi_measurement where id = ?")
                .param(eventId)
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void shouldStoreTheSignalAndAnswer201WithItsEncodedLocationWhenTheEventIdLooksLikeATemplate() {
    String eventId = "evt-{x}/50%-" + UUID.randomUUID();

    var created = csm.post(signals(), nps(eventId, "2026-10-05T09:00:00Z", "40"));
    var repeated = csm.post(signals(), nps(eventId, "2026-10-05T09:00:00Z", "40"));

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String encoded = URLEncoder.encode(eventId, StandardCharsets.UTF_8).replace("+", "%20");
    assertThat(created.header("Location")).endsWith(signals() + "/" + encoded);
    assertThat(repeated.status()).as(repeated.body()).isEqualTo(200);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1e1000000000",
        "-1e1000000000",
        "1e400",
        "1e-1000000000",
        "123456789012345678901234567890"
      })
  void shouldAnswer400NamingValueAndStoreNothingWhenASignalValueIsOutOfRange(String value) {
    String eventId = "evt-" + UUID.randomUUID();

    var problem = csm.post(signals(), nps(eventId, "2026-10-05T09:00:00Z", value)).problem(400);

    assertThat(fields(problem)).containsExactly("value");
    assertThat(csm.get(signals() + "/" + eventId).status()).isEqualTo(404);
  }

  @ParameterizedTest
  @ValueSource(strings = {"status=", "status=ADOPTED&status=", "status=nonsense"})
  void shouldAnswer400NamingStatusWhenTheUseCaseFilterIsEmptyOrUnknown(String query) {
    var problem = csm.get("/api/v1/accounts/" + accountId + "/use-cases?" + query).problem(400);

    assertThat(fields(problem)).singleElement().asString().startsWith("status");
  }

  @Test
  void shouldAnswer400NamingEachFieldAndStoreNothingWhenJsonTypesAreWrong() {
    String id = "crm-" + UUID.randomUUID().toString().substring(0, 8);
    var stringAsNumber =
        csm.put(
                "/api/v1/accounts/" + id,
                anAccount()
                    .with("id", id)
                    .json()
                    .replace("\"name\":\"Acme Corporation\"", "\"name\":123"))
            .problem(400);
    var numberAsString =
        csm.put(
                "/api/v1/accounts/" + id,
                anAccount().with("id", id).with("arrNow", "150000").json())
            .problem(400);
    var dateAsNumber =
        csm.put(
                "/api/v1/accounts/" + id,
                anAccount()
                    .with("id", id)
                    .json()
                    .replace("\"" + AccountJson.RENEWAL_DATE + "\"", "1806451200"))
            .problem(400);

    assertThat(fields(stringAsNumber)).containsExactly("name");
    assertThat(fields(numberAsString)).containsExactly("arrNow");
    assertThat(fields(dateAsNumber)).containsExactly("renewalDate");
    assertThat(csm.get("/api/v1/accounts/" + id).status()).isEqualTo(404);
  }

  @Test
  void shouldAnswer400WithoutJavaNamesWhenTheJsonIsNestedTooDeep() {
    String deep = "[".repeat(5000) + "]".repeat(5000);

    var problem = csm.post(signals(), deep).problem(400);

    assertThat(problem.toString())
        .doesNotContain("StreamReadConstraints", "()", "`", "com.fasterxml");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"a%2Fb", "a%5Cb", "a%00b", "a%C3%28b", "a%FFb", "%2E%2E", "a;b=c", "a%25"})
  void shouldAnswerAProblemDocumentWhenAPathIdCannotBeRead(String id) {
    var answer = csm.get("/api/v1/accounts/" + id);

    assertThat(answer.status()).as(answer.body()).isBetween(400, 404);
    assertThat(answer.header("Content-Type"))
        .as(answer.body())
        .startsWith("application/problem+json");
    assertThat(answer.json().path("status").asInt()).isEqualTo(answer.status());
    assertThat(answer.body()).doesNotContain("Tomcat", "<html", "Exception");
  }

  @Test
  void shouldAnswerAProblemDocumentWhenTheUrlIsTooLong() {
    var answer = csm.get("/api/v1/accounts/" + "a".repeat(20_000));

    assertThat(answer.status()).as(answer.body()).isBetween(400, 414);
    assertThat(answer.header("Content-Type"))
        .as(answer.body())
        .startsWith("application/problem+json");
    assertThat(answer.body()).doesNotContain("Tomcat", "<html");
  }

  private String signals() {
    return "/api/v1/accounts/" + accountId + "/signals";
  }

  private static String nps(String eventId, String occurredAt, String value) {
    return "{\"eventId\": \""
        + eventId.replace("\\", "\\\\")
        + "\", \"kind\": \"NPS\", \"value\": "
        + value
        + ", \"occurredAt\": \""
        + occurredAt
        + "\"}";
  }

  private static String contract(String account, String field, String value) {
    try {
      var contract = (ObjectNode) JSON.readTree(contract(account));
      return contract.put(field, value).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String contract(String account) {
    return """
        {"contractId": "c-%s", "accountId": "%s", "accountName": "Globex", "industry": "Logistics",
         "purchase": {"plan": "Enterprise", "products": ["Flow"], "licences": 150},
         "arr": 120000, "renewalDate": "2028-01-03", "signedAt": "2027-01-04T09:00:00Z", "liveSince": "2027-02-01",
         "segments": [{"key": "emea", "kind": "GEOGRAPHY", "name": "Europe", "licensedUsers": 100}]}"""
        .formatted(account, account);
  }

  private static List<String> fields(JsonNode problem) {
    return problem.path("errors").findValuesAsText("field");
  }
}
