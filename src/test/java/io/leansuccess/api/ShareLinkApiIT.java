package io.leansuccess.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.leansuccess.cycle.CycleOverviews;
import io.leansuccess.demo.DemoData;
import io.leansuccess.engine.DemoTeams;
import io.leansuccess.support.Http;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Share links through the API as a CSM makes them, and the shared view as the customer opens them:
 * no login, 404 for everything that does not work (revoked, expired, altered, on another account's
 * address), never 403; only the account's team (and admins) create, list or revoke links.
 */
@LeanSuccessIntegrationTest
class ShareLinkApiIT {

  private static final String LINKS = "/api/v1/accounts/" + DemoData.ADOPTED + "/share-links";

  @LocalServerPort int port;
  @Autowired DemoData demo;
  @Autowired CycleOverviews cycles;

  ApiClient csm;

  @BeforeEach
  void seedTheDemo() {
    demo.seed();
    csm = new ApiClient(port).as("demo.csm", "demo");
  }

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  void shouldOpenTheLinkWithoutALoginUntilItIsRevoked() {
    var created = csm.post(LINKS, "{}");

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode link = created.json();
    assertThat(link.path("createdBy").asText()).isEqualTo("demo.csm");
    assertThat(link.path("status").asText()).isEqualTo("ACTIVE");
    assertThat(
            Duration.between(
                Instant.parse(link.path("createdAt").asText()),
                Instant.parse(link.path("expiresAt").asText())))
        .isEqualTo(Duration.ofDays(90));
    assertThat(created.header("Location")).endsWith(LINKS + "/" + link.path("id").asText());
    String path = URI.create(link.path("url").asText()).getPath();
    assertThat(path).startsWith("/shared/" + DemoData.ADOPTED + "/");

    HttpResponse<String> page = Http.anonymous(port).get(path);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("Initech", "<meta name=\"robots\" content=\"noindex, nofollow\">");
    assertThat(page.headers().firstValue("X-Robots-Tag"))
        .hasValueSatisfying(tag -> assertThat(tag).contains("noindex"));
    assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();
    assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    assertThat(Http.anonymous(port).get("/pages/charts.js").statusCode()).isEqualTo(200);

    JsonNode listed = csm.get(LINKS).json();
    JsonNode mine = find(listed, link.path("id").asText());
    assertThat(mine.path("viewCount").asLong()).isEqualTo(1);
    assertThat(mine.path("views").get(0).path("page").asText()).isEqualTo("dashboard");
    assertThat(mine.path("url").asText()).isEqualTo(link.path("url").asText());

    assertThat(csm.delete(LINKS + "/" + link.path("id").asText()).status()).isEqualTo(204);

    assertThat(Http.anonymous(port).get(path).statusCode()).isEqualTo(404);
    JsonNode revoked = find(csm.get(LINKS).json(), link.path("id").asText());
    assertThat(revoked.path("status").asText()).isEqualTo("REVOKED");
    assertThat(revoked.path("revokedBy").asText()).isEqualTo("demo.csm");
  }

  @Test
  void shouldAnswer404ForAnAlteredTokenAnotherAccountsAddressAndAnExpiredLink() {
    String path =
        URI.create(csm.post(LINKS, "{\"validForDays\": 1}").json().path("url").asText()).getPath();
    String token = path.substring(path.lastIndexOf('/') + 1);
    var anonymous = Http.anonymous(port);
    assertThat(anonymous.get(path).statusCode()).isEqualTo(200);

    char last = token.charAt(token.length() - 1);
    String altered = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
    assertThat(anonymous.get("/shared/" + DemoData.ADOPTED + "/" + altered).statusCode())
        .isEqualTo(404);
    assertThat(anonymous.get("/shared/" + DemoData.GET_WELL + "/" + token).statusCode())
        .isEqualTo(404);
    assertThat(anonymous.get("/shared/" + DemoData.ADOPTED + "/not-a-token").statusCode())
        .isEqualTo(404);
    // the link opens only its own account's pages
    String otherCycle = cycles.ofAccount(DemoData.BUILD).get(0).id();
    assertThat(anonymous.get(path + "/qbr/" + otherCycle).statusCode()).isEqualTo(404);

    ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(2))));
    assertThat(anonymous.get(path).statusCode()).isEqualTo(404);
  }

  @Test
  void shouldLetOnlyTheAccountsTeamCreateListAndRevokeLinks() {
    String id = csm.post(LINKS, "{}").json().path("id").asText();
    var otherTeam = new ApiClient(port).as(DemoTeams.OTHER_CSM, "demo");
    var crm = new ApiClient(port).as("demo.crm", "demo");

    assertThat(otherTeam.post(LINKS, "{}").status()).isEqualTo(404);
    assertThat(otherTeam.get(LINKS).status()).isEqualTo(404);
    assertThat(otherTeam.delete(LINKS + "/" + id).status()).isEqualTo(404);
    assertThat(crm.post(LINKS, "{}").status()).isEqualTo(403);
    assertThat(crm.get(LINKS).status()).isEqualTo(403);
    assertThat(crm.delete(LINKS + "/" + id).status()).isEqualTo(403);
    assertThat(new ApiClient(port).get(LINKS).status()).isEqualTo(401);
    assertThat(find(csm.get(LINKS).json(), id).path("status").asText()).isEqualTo("ACTIVE");

    var manager = new ApiClient(port).as("demo.manager", "demo");
    assertThat(manager.post(LINKS, "{}").status()).isEqualTo(201);
    assertThat(manager.delete(LINKS + "/" + id).status()).isEqualTo(204);
    assertThat(csm.delete(LINKS + "/" + java.util.UUID.randomUUID()).status()).isEqualTo(404);
  }

  @Test
  void shouldRefuseAValidityBeyondTheLongest() {
    assertThat(csm.post(LINKS, "{\"validForDays\": 400}").problem(400).toString())
        .contains("validForDays");
    assertThat(csm.post(LINKS, "{\"validForDays\": 0}").problem(400).toString())
        .contains("validForDays");
  }

  private static JsonNode find(JsonNode links, String id) {
    for (JsonNode link : links) {
      if (link.path("id").asText().equals(id)) {
        return link;
      }
    }
    throw new AssertionError("No link " + id + " in " + links);
  }
}
