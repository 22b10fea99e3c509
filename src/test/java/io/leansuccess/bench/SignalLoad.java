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
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.HttpURLConnection;
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

  static {
    // the JDK keeps 5 idle connections a server by default: the other clients would open a new
    // one for every request
    if (System.getProperty("http.maxConnections") == null) {
      System.setProperty("http.maxConnections", Integer.toString(CLIENTS));
    }
  }

  static final String USER = "demo.integration";
  private static final String PASSWORD = "demo";
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String BASIC =
      "Basic "
          + Base64.getEncoder()
              .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));

  /**
   * How the signals go in. Over HTTP the clients are blocking {@link HttpURLConnection}s with
   * keep-alive; {@link #HTTP_BASIC_JAVA_NET_HTTP} sends the same through {@code java.net.http}.
   */
  enum Path {
    HTTP_BASIC,
    HTTP_NO_AUTH,
    IN_PROCESS,
    HTTP_BASIC_JAVA_NET_HTTP
  }

  /**
   * @param latency per request (one signal or one batch), microseconds
   */
  record Outcome(
      long signals,
      long requests,
      double seconds,
      Histogram latency,
      long statements,
      CpuMeter.Usage usage) {
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

    /** CPU a request, every thread of the JVM and PostgreSQL's processes, microseconds. */
    double cpuMicrosPerRequest() {
      return usage.totalCpuNanos() / 1000.0 / requests;
    }

    /** CPU a request of one group, microseconds. */
    double cpuMicrosPerRequest(CpuMeter.Group group) {
      return usage.cpuNanos().get(group) / 1000.0 / requests;
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

  private final CpuMeter cpu;

  SignalLoad(
      int port, SignalService service, SqlStatements sql, CpuMeter cpu, List<String> accountIds) {
    this.cpu = cpu;
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
    AtomicLong threadNumber = new AtomicLong();
    ExecutorService clients =
        Executors.newFixedThreadPool(
            CLIENTS,
            task -> new Thread(task, CpuMeter.CLIENT_THREAD + threadNumber.incrementAndGet()));
    CyclicBarrier together = new CyclicBarrier(CLIENTS);
    try {
      List<Future<Histogram>> done = new ArrayList<>();
      SqlStatements.Count before = sql.now();
      CpuMeter.Snapshot usageBefore = cpu.now();
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
      CpuMeter.Usage usage = cpu.now().minus(usageBefore);
      long requests = (long) CLIENTS * requestsPerClient;
      return new Outcome(requests * batchSize, requests, seconds, latency, statements, usage);
    } finally {
      clients.shutdownNow();
    }
  }

  private Callable<Histogram> client(
      Path path, int requests, int batchSize, CyclicBarrier together) {
    return () -> {
      Histogram latency = new Histogram(60_000_000L, 3);
      long[] began = cpu.currentThread();
      try {
        send(path, requests, batchSize, together, latency);
      } finally {
        long[] ended = cpu.currentThread();
        cpu.clientEnded(ended[0] - began[0], ended[1] - began[1]);
      }
      return latency;
    };
  }

  private void send(
      Path path, int requests, int batchSize, CyclicBarrier together, Histogram latency)
      throws Exception {
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
    String target;
    String body;
    if (signals.size() == 1) {
      Signal signal = signals.get(0);
      target = baseUrl + "/accounts/" + signal.accountId() + "/signals";
      body = json(signal, false).toString();
    } else {
      ObjectNode batch = JSON.createObjectNode();
      ArrayNode items = batch.putArray("items");
      signals.forEach(signal -> items.add(json(signal, true)));
      target = baseUrl + "/signal-batches";
      body = batch.toString();
    }
    String header;
    String value;
    if (path == Path.HTTP_NO_AUTH) {
      header = ShortCircuitedAuthentication.TRUSTED_USER;
      value = USER;
    } else {
      header = "Authorization";
      value = BASIC;
    }
    if (path == Path.HTTP_BASIC_JAVA_NET_HTTP) {
      postThroughHttpClient(path, target, body, header, value);
    } else {
      post(path, target, body, header, value);
    }
  }

  /**
   * A blocking request on the client's own thread, as most integrations send them: the JDK's {@link
   * HttpURLConnection}, which keeps the connection alive between requests of a thread (the response
   * read to its end returns it to the JDK's keep-alive cache).
   */
  private static void post(Path path, String target, String body, String header, String value)
      throws IOException {
    HttpURLConnection connection = (HttpURLConnection) URI.create(target).toURL().openConnection();
    connection.setRequestMethod("POST");
    connection.setDoOutput(true);
    connection.setRequestProperty("Content-Type", "application/json");
    connection.setRequestProperty(header, value);
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    connection.setFixedLengthStreamingMode(bytes.length);
    try (OutputStream out = connection.getOutputStream()) {
      out.write(bytes);
    }
    int status = connection.getResponseCode();
    InputStream answer = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
    String text = answer == null ? "" : new String(answer.readAllBytes(), StandardCharsets.UTF_8);
    if (answer != null) {
      answer.close();
    }
    if (status != 200 && status != 201) {
      throw new IllegalStateException(path + " answered " + status + ": " + text);
    }
  }

  /** The JDK's {@code java.net.http} client: asynchronous inside, its own selector and workers. */
  private void postThroughHttpClient(
      Path path, String target, String body, String header, String value)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(target))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", "application/json")
            .header(header, value)
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
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
