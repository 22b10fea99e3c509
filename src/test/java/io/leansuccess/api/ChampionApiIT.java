package io.leansuccess.api;

import static io.leansuccess.api.AccountJson.anAccount;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** PUT /api/v1/accounts/{id}/champions/{email}: naming champions is safe to repeat. */
@LeanSuccessIntegrationTest
class ChampionApiIT {

  @LocalServerPort int port;

  private ApiClient csm;
  private String champions;

  @BeforeEach
  void givenAnAccountWithSegmentsEmeaAndOps() {
    csm = new ApiClient(port).as("demo.csm", "demo");
    var account = anAccount();
    assertThat(csm.put("/api/v1/accounts/" + account.id(), account.json()).status()).isEqualTo(201);
    champions = "/api/v1/accounts/" + account.id() + "/champions";
  }

  @Test
  void shouldAnswer201ThenChangeNothingWhenRepeatedAndKeepSinceWhenChanged() {
    String path = champions + "/ana@example.com";

    var named = csm.put(path, "{\"name\": \"Ana Lima\", \"segmentKey\": \"emea\"}");
    var repeated = csm.put(path, "{\"name\": \"Ana Lima\", \"segmentKey\": \"emea\"}");
    var moved = csm.put(path, "{\"name\": \"Ana Lima\"}");

    assertThat(named.status()).as(named.body()).isEqualTo(201);
    assertThat(named.header("Location")).endsWith(path);
    assertThat(repeated.status()).isEqualTo(200);
    assertThat(repeated.json()).isEqualTo(named.json());
    assertThat(moved.status()).isEqualTo(200);
    JsonNode network = csm.get(champions).json();
    assertThat(network).hasSize(1);
    assertThat(network.get(0).path("segmentKey").isNull())
        .as("a champion of the whole account now")
        .isTrue();
    assertThat(network.get(0).path("since").asText())
        .isEqualTo(named.json().path("since").asText());
  }

  @Test
  void shouldTreatAnAddressInOtherCapitalsAsTheSameChampion() {
    csm.put(champions + "/Bo@Example.com", "{\"name\": \"Bo\"}");

    var again = csm.put(champions + "/bo@example.com", "{\"name\": \"Bo\"}");

    assertThat(again.status()).isEqualTo(200);
    assertThat(csm.get(champions).json()).hasSize(1);
  }

  @Test
  void shouldAnswer404ForAnUnknownAccount() {
    csm.put("/api/v1/accounts/no-such-account/champions/ana@example.com", "{\"name\": \"Ana\"}")
        .problem(404);
    csm.get("/api/v1/accounts/no-such-account/champions").problem(404);
  }

  @Test
  void shouldAnswer400NamingTheFieldForAnUnknownSegmentAMissingNameOrAnAddressThatIsNone() {
    var unknownSegment =
        csm.put(champions + "/ana@example.com", "{\"name\": \"Ana\", \"segmentKey\": \"latam\"}");
    var withoutName = csm.put(champions + "/ana@example.com", "{\"segmentKey\": \"emea\"}");
    var notAnAddress = csm.put(champions + "/ana-at-example.com", "{\"name\": \"Ana\"}");

    assertThat(field(unknownSegment.problem(400))).isEqualTo("segmentKey");
    assertThat(field(withoutName.problem(400))).isEqualTo("name");
    assertThat(field(notAnAddress.problem(400))).isEqualTo("email");
  }

  private static String field(JsonNode problem) {
    return problem.path("errors").path(0).path("field").asText(null);
  }
}
