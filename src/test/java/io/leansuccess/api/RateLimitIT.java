package io.leansuccess.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.leansuccess.support.Http;
import io.leansuccess.support.PostgresServer;
import io.leansuccess.support.SecondApplication;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Each integration credential has its own budget, here three requests an hour: the fourth is
 * refused with 429 before anything is stored, as a problem document with Retry-After and the IETF
 * draft's RateLimit fields; another credential and the CS team carry on. Its own application and
 * database, so the low limit touches no other test.
 */
class RateLimitIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static ConfigurableApplicationContext app;
  private static int port;

  @BeforeAll
  static void startWithABudgetOfThreeRequestsAnHour() {
    app =
        SecondApplication.start(
            PostgresServer.acquireNewDatabase(),
            "demo",
            "lean-success.api.rate-limit.requests=3",
            "lean-success.api.rate-limit.period=PT1H");
    port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
  }

  @AfterAll
  static void stop() {
    app.close();
    PostgresServer.release();
  }

  @Test
  void shouldRefuseTheFourthRequestOfACredentialWith429AndStoreNothing() throws Exception {
    Http csm = Http.as(port, "demo.csm", "demo");
    var json = AccountJson.anAccount();
    String account = json.id();
    assertThat(send(csm, "PUT", "/api/v1/accounts/" + account, json.json()).statusCode())
        .isEqualTo(201);
    Http billing = Http.as(port, "demo.billing", "demo");

    var first = send(billing, "POST", "/api/v1/accounts/" + account + "/signals", invoice());
    send(billing, "POST", "/api/v1/accounts/" + account + "/signals", invoice());
    var third = send(billing, "POST", "/api/v1/accounts/" + account + "/signals", invoice());
    String refusedInvoice = invoice();
    var fourth = send(billing, "POST", "/api/v1/accounts/" + account + "/signals", refusedInvoice);

    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(first.headers().firstValue("RateLimit-Policy"))
        .hasValue("\"per-credential\";q=3;w=3600");
    assertThat(first.headers().firstValue("RateLimit"))
        .hasValueSatisfying(value -> assertThat(value).startsWith("\"per-credential\";r=2;t="));
    assertThat(third.statusCode()).isEqualTo(201);
    assertThat(third.headers().firstValue("RateLimit"))
        .hasValueSatisfying(value -> assertThat(value).startsWith("\"per-credential\";r=0;t="));
    assertThat(fourth.statusCode()).as(fourth.body()).isEqualTo(429);
    assertThat(fourth.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode problem = JSON.readTree(fourth.body());
    assertThat(problem.path("status").asInt()).isEqualTo(429);
    assertThat(problem.path("type").asText()).isEqualTo("urn:lean-success:problem:rate-limited");
    assertThat(problem.path("detail").asText()).contains("3 requests in PT1H");
    long retryAfter = Long.parseLong(fourth.headers().firstValue("Retry-After").orElseThrow());
    assertThat(retryAfter).isPositive().isLessThanOrEqualTo(3600 / 3);
    assertThat(fourth.headers().firstValue("RateLimit"))
        .hasValue("\"per-credential\";r=0;t=" + retryAfter);
    String eventId = JSON.readTree(refusedInvoice).path("eventId").asText();
    assertThat(
            send(csm, "GET", "/api/v1/accounts/" + account + "/signals/" + eventId, null)
                .statusCode())
        .as("nothing stored")
        .isEqualTo(404);

    var otherCredential =
        send(Http.as(port, "demo.crm", "demo"), "GET", "/api/v1/accounts/" + account, null);
    assertThat(otherCredential.statusCode()).isEqualTo(200);
    for (int i = 0; i < 5; i++) {
      var byTheCsm = send(csm, "GET", "/api/v1/accounts/" + account, null);
      assertThat(byTheCsm.statusCode()).as("the CS team has no budget").isEqualTo(200);
      assertThat(byTheCsm.headers().firstValue("RateLimit")).isEmpty();
    }
  }

  private static String invoice() {
    return "{\"eventId\": \"inv-"
        + UUID.randomUUID()
        + "\", \"kind\": \"INVOICE_ISSUED\", \"value\": 300,"
        + " \"detail\": \"INV-1\", \"occurredAt\": \"2027-02-01T09:00:00Z\"}";
  }

  private static HttpResponse<String> send(Http http, String method, String path, String json) {
    var request = http.request(path).header("Content-Type", "application/json");
    return http.send(
        json == null
            ? request.method(method, BodyPublishers.noBody())
            : request.method(method, BodyPublishers.ofString(json)));
  }
}
