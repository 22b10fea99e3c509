package io.leansuccess.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.leansuccess.api.ShortCircuitedAuthentication;
import io.leansuccess.signal.Signal;
import io.leansuccess.signal.SignalKind;
import io.leansuccess.signal.SignalService;
import io.leansuccess.support.SqlStatements;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * Signals from {@value #CLIENTS} clients at once, each sending its share one after the other: over
 * loopback HTTP to {@code /api/v1} (as an integration with HTTP Basic, or with authentication
 * short-circuited), or straight into {@link SignalService} in this JVM. Every signal is new (its
 * own event id), an {@code ACTIVE_USERS} reading for one of the accounts in turn.
 */
final class SignalLoad {

  static final int CLIENTS = 8;
  static final String USER = "demo.integration";
  private static final String PASSWORD = "demo";
  private static final ObjectMapper JSON = new ObjectMapper();

  enum Path {
    HTTP_BASIC,
    HTTP_NO_AUTH,
    IN_PROCESS
  }

  /**
   * @param latency per request (one signal or one batch), microseconds
   */
  record Outcome(long signals, long requests, double seconds, Histogram latency, long statements) {
    double signalsPerSecond() {
      return signals / seconds;
    }

    /** SQL statements the server sent a request (one signal or one batch). */
    double statementsPerRequest() {
      return (double) statements / requests;
    }

    double p95Millis() {
      return latency.getValueAtPercentile(95) / 1000.0;
    }
  }

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final String baseUrl;
  private final SignalService service;
  private final SqlStatements sql;
  private final List<String> accountIds;
  private final AtomicLong sequence = new AtomicLong();
  private final String run = UUID.randomUUID().toString().substring(0, 8);

  SignalLoad(int port, SignalService service, SqlStatements sql, List<String> accountIds) {
    this.baseUrl = "http://localhost:" + port + "/api/v1";
    this.service = service;
    this.sql = sql;
    this.accountIds = accountIds;
  }

  /**
   * @param batchSize 1 sends one signal a request ({@code POST /accounts/{id}/signals}), more a
   *     batch
   */
  Outcome send(Path path, int requestsPerClient, int batchSize) throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    CyclicBarrier together = new CyclicBarrier(CLIENTS);
    try {
      List<Future<Histogram>> done = new ArrayList<>();
      SqlStatements.Count before = sql.now();
      long start = System.nanoTime();
      for (int client = 0; client < CLIENTS; client++) {
        done.add(clients.submit(client(path, requestsPerClient, batchSize, together)));
      }
      Histogram latency = new Histogram(60_000_000L, 3);
      for (Future<Histogram> client : done) {
        latency.add(client.get());
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      long statements = sql.now().minus(before).statements();
      long requests = (long) CLIENTS * requestsPerClient;
      return new Outcome(requests * batchSize, requests, seconds, latency, statements);
    } finally {
      clients.shutdownNow();
    }
  }

  private Callable<Histogram> client(
      Path path, int requests, int batchSize, CyclicBarrier together) {
    return () -> {
      Histogram latency = new Histogram(60_000_000L, 3);
      together.await();
      for (int i = 0; i < requests; i++) {
        List<Signal> signals = new ArrayList<>(batchSize);
        for (int s = 0; s < batchSize; s++) {
          signals.add(nextSignal());
        }
        long start = System.nanoTime();
        deliver(path, signals);
        latency.recordValue(Math.max(1, (System.nanoTime() - start) / 1000));
      }
      return latency;
    };
  }

  private void deliver(Path path, List<Signal> signals) throws IOException, InterruptedException {
    if (path == Path.IN_PROCESS) {
      if (signals.size() == 1) {
        service.receive(signals.get(0));
      } else {
        service.receiveAll(signals);
      }
      return;
    }
    HttpRequest.Builder request;
    if (signals.size() == 1) {
      Signal signal = signals.get(0);
      request =
          HttpRequest.newBuilder(
                  URI.create(baseUrl + "/accounts/" + signal.accountId() + "/signals"))
              .POST(HttpRequest.BodyPublishers.ofString(json(signal, false).toString()));
    } else {
      ObjectNode batch = JSON.createObjectNode();
      ArrayNode items = batch.putArray("items");
      signals.forEach(signal -> items.add(json(signal, true)));
      request =
          HttpRequest.newBuilder(URI.create(baseUrl + "/signal-batches"))
              .POST(HttpRequest.BodyPublishers.ofString(batch.toString()));
    }
    request.header("Content-Type", "application/json");
    if (path == Path.HTTP_BASIC) {
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    } else {
      request.header(ShortCircuitedAuthentication.TRUSTED_USER, USER);
    }
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200 && response.statusCode() != 201) {
      throw new IllegalStateException(
          path + " answered " + response.statusCode() + ": " + response.body());
    }
  }

  private Signal nextSignal() {
    long n = sequence.incrementAndGet();
    String accountId = accountIds.get((int) (n % accountIds.size()));
    return new Signal(
        "ingest-" + run + "-" + n,
        accountId,
        SignalKind.ACTIVE_USERS,
        "emea",
        BigDecimal.valueOf(40 + n % 50),
        Instant.parse("2026-10-01T00:00:00Z").plusSeconds(n));
  }

  private static ObjectNode json(Signal signal, boolean withAccount) {
    ObjectNode node =
        JSON.createObjectNode()
            .put("eventId", signal.eventId())
            .put("kind", signal.kind().name())
            .put("segmentKey", signal.segmentKey())
            .put("value", signal.value())
            .put("occurredAt", signal.occurredAt().toString());
    if (withAccount) {
      node.put("accountId", signal.accountId());
    }
    return node;
  }
}
