package io.leansuccess.api;

import static io.leansuccess.api.AccountJson.anAccount;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * POST /api/v1/signal-batches as a billing or analytics system sends its backlog, retries and
 * mistakes included.
 */
@LeanSuccessIntegrationTest
class SignalBatchApiIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BATCHES = "/api/v1/signal-batches";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  private ApiClient csm;
  private String account;
  private String other;

  @BeforeEach
  void givenTwoAccounts() {
    csm = new ApiClient(port).as("demo.csm", "demo");
    var first = anAccount();
    var second = anAccount();
    assertThat(csm.put("/api/v1/accounts/" + first.id(), first.json()).status()).isEqualTo(201);
    assertThat(csm.put("/api/v1/accounts/" + second.id(), second.json()).status()).isEqualTo(201);
    account = first.id();
    other = second.id();
  }

  @Test
  void shouldStoreEveryKindForManyAccountsAndAnswerTheSameBatchAgainAsRepeated() {
    ArrayNode items =
        JSON.createArrayNode()
            .add(signal(account, "ACTIVE_USERS", 120).put("segmentKey", "emea"))
            .add(signal(account, "FEATURE_USAGE", 900).put("detail", "reports"))
            .add(
                signal(account, "SUPPORT_TICKET_OPENED", null)
                    .put("category", "HOW_TO")
                    .put("detail", "T-1"))
            .add(signal(account, "SUPPORT_TICKET_CLOSED", null).put("detail", "T-1"))
            .add(signal(other, "COMMUNICATION_SENT", null).put("detail", "newsletter-10"))
            .add(signal(other, "COMMUNICATION_OPENED", null))
            .add(signal(other, "COMMUNICATION_ANSWERED", null))
            .add(signal(other, "NPS", -10))
            .add(signal(other, "INVOICE_ISSUED", 1200.5).put("detail", "INV-7"))
            .add(signal(other, "INVOICE_OVERDUE", 1200.5).put("detail", "INV-7"))
            .add(signal(other, "INVOICE_PAID", 1200.5).put("detail", "INV-7"))
            .add(signal(other, "ARR_CHANGED", 90000))
            .add(signal(other, "RENEWAL_DONE", null).put("detail", "contract-2027"));
    String batch = batch(items);

    var first = csm.post(BATCHES, batch);
    var again = csm.post(BATCHES, batch);

    assertThat(first.status()).as(first.body()).isEqualTo(200);
    assertThat(first.json().path("stored").asInt()).isEqualTo(13);
    assertThat(first.json().path("items").get(2).path("status").asText()).isEqualTo("STORED");
    assertThat(first.json().path("items").get(2).has("problem"))
        .as("only rejected items have a problem")
        .isFalse();
    assertThat(again.status()).as(again.body()).isEqualTo(200);
    assertThat(again.json().path("repeated").asInt()).isEqualTo(13);
    assertThat(storedCount(items)).isEqualTo(13);
    JsonNode ticket =
        csm.get("/api/v1/accounts/" + account + "/signals/" + items.get(2).path("eventId").asText())
            .json();
    assertThat(ticket.path("category").asText()).isEqualTo("HOW_TO");
    assertThat(ticket.path("detail").asText()).isEqualTo("T-1");
  }

  @Test
  void shouldTakeTheValidItemsAndRejectEachInvalidOneNamingItsField() {
    ObjectNode known = signal(account, "NPS", 30);
    csm.post(BATCHES, batch(JSON.createArrayNode().add(known)));
    ArrayNode items =
        JSON.createArrayNode()
            .add(signal(account, "NPS", 40))
            .add(signal(account, "NPS", 150))
            .add(signal("no-such-account", "NPS", 10))
            .add(known.deepCopy().put("value", 31))
            .add(signal(account, "SUPPORT_TICKET_OPENED", null).put("detail", "T-9"))
            .add(signal(account, "ACTIVE_USERS", 5))
            .add(signal(account, "NPS", 10).putNull("occurredAt"));

    var answer = csm.post(BATCHES, batch(items));

    assertThat(answer.status()).as(answer.body()).isEqualTo(207);
    JsonNode result = answer.json();
    assertThat(result.path("stored").asInt()).isEqualTo(1);
    assertThat(result.path("rejected").asInt()).isEqualTo(6);
    List<String> statuses = new ArrayList<>();
    result.path("items").forEach(item -> statuses.add(item.path("status").asText()));
    assertThat(statuses)
        .containsExactly(
            "STORED", "REJECTED", "REJECTED", "REJECTED", "REJECTED", "REJECTED", "REJECTED");
    assertProblem(result, 1, 400, "items[1].value");
    assertProblem(result, 2, 404, "items[2].accountId");
    assertProblem(result, 3, 409, null);
    assertProblem(result, 4, 400, "items[4].category");
    assertProblem(result, 5, 400, "items[5].segmentKey");
    assertProblem(result, 6, 400, "items[6].occurredAt");
    assertThat(result.path("items").get(2).path("problem").path("detail").asText())
        .contains("no-such-account");
    assertThat(result.path("items").get(3).path("problem").path("detail").asText())
        .contains(known.path("eventId").asText());
    assertThat(storedCount(items)).as("the rejected items changed nothing").isEqualTo(2);
  }

  @Test
  void shouldRefuseTheWholeBatchWith413PastTheConfiguredMaximum() {
    ArrayNode items = JSON.createArrayNode();
    for (int i = 0; i < 1001; i++) {
      items.add(signal(account, "NPS", i % 100));
    }

    var problem = csm.post(BATCHES, batch(items)).problem(413);

    assertThat(problem.path("detail").asText()).contains("1001", "1000");
    assertThat(storedCount(items)).isZero();
  }

  @Test
  void shouldTakeAFullBatchOf1000() {
    ArrayNode items = JSON.createArrayNode();
    for (int i = 0; i < 1000; i++) {
      items.add(
          signal(i % 2 == 0 ? account : other, "FEATURE_USAGE", i)
              .put("detail", "feature-" + i % 10));
    }

    var answer = csm.post(BATCHES, batch(items));

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.json().path("stored").asInt()).isEqualTo(1000);
  }

  @Test
  void shouldAnswer400ForABatchWithoutItems() {
    var problem = csm.post(BATCHES, "{\"items\": []}").problem(400);

    assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("items");
  }

  @Test
  void shouldStoreEachEventOnceWhenTheSameBatchIsRetriedConcurrently() throws Exception {
    ArrayNode items = JSON.createArrayNode();
    for (int i = 0; i < 100; i++) {
      items.add(signal(i % 2 == 0 ? account : other, "ACTIVE_USERS", i).put("segmentKey", "emea"));
    }
    String batch = batch(items);
    var pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<ApiClient.Answer>> answers = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        answers.add(pool.submit((Callable<ApiClient.Answer>) () -> csm.post(BATCHES, batch)));
      }
      int stored = 0;
      for (var answer : answers) {
        assertThat(answer.get().status()).as(answer.get().body()).isEqualTo(200);
        stored += answer.get().json().path("stored").asInt();
      }
      assertThat(stored).as("each event stored by exactly one of the deliveries").isEqualTo(100);
    } finally {
      pool.shutdown();
    }
    assertThat(storedCount(items)).isEqualTo(100);
  }

  @Test
  void shouldValidateTheNewFieldsOnTheSingleEndpointToo() {
    String signals = "/api/v1/accounts/" + account + "/signals";
    ObjectNode ticket =
        signal(null, "SUPPORT_TICKET_OPENED", null).put("category", "HOW_TO").put("detail", "T-2");
    ticket.remove("accountId");

    assertThat(csm.post(signals, ticket.toString()).status()).isEqualTo(201);
    assertThat(
            field(
                csm.post(
                        signals,
                        ticket
                            .deepCopy()
                            .put("eventId", "e-" + UUID.randomUUID())
                            .put("category", "URGENT")
                            .toString())
                    .problem(400)))
        .isEqualTo("category");
    assertThat(
            field(
                csm.post(
                        signals,
                        ticket
                            .deepCopy()
                            .put("eventId", "e-" + UUID.randomUUID())
                            .put("value", 1)
                            .toString())
                    .problem(400)))
        .isEqualTo("value");
    ObjectNode invoice =
        ticket.deepCopy().put("eventId", "e-" + UUID.randomUUID()).put("kind", "INVOICE_OVERDUE");
    invoice.remove("category");
    assertThat(field(csm.post(signals, invoice.toString()).problem(400))).isEqualTo("value");
  }

  private static void assertProblem(JsonNode result, int index, int status, String field) {
    JsonNode item = result.path("items").get(index);
    assertThat(item.path("index").asInt()).isEqualTo(index);
    JsonNode problem = item.path("problem");
    assertThat(problem.path("status").asInt()).as(item.toString()).isEqualTo(status);
    assertThat(problem.path("title").asText()).isNotBlank();
    if (field != null) {
      assertThat(problem.path("errors").get(0).path("field").asText())
          .as(item.toString())
          .isEqualTo(field);
    }
    if (status == 400) {
      assertThat(problem.path("detail").asText()).isEqualTo("Invalid values in " + field);
    }
  }

  private int storedCount(ArrayNode items) {
    List<String> ids = new ArrayList<>();
    items.forEach(item -> ids.add(item.path("eventId").asText()));
    return jdbc.sql("select count(*) from ls_signal where id in (:ids)")
        .param("ids", ids)
        .query(Integer.class)
        .single();
  }

  private static String batch(ArrayNode items) {
    ObjectNode batch = JSON.createObjectNode();
    batch.set("items", items);
    return batch.toString();
  }

  private static ObjectNode signal(String accountId, String kind, Number value) {
    ObjectNode signal =
        JSON.createObjectNode()
            .put("eventId", "batch-" + UUID.randomUUID())
            .put("accountId", accountId)
            .put("kind", kind)
            .put("occurredAt", "2026-10-05T09:00:00Z");
    if (value != null) {
      signal.put("value", value.doubleValue());
    }
    return signal;
  }

  private static String field(JsonNode problem) {
    return problem.path("errors").path(0).path("field").asText(null);
  }
}
