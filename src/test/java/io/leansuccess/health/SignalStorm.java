package io.leansuccess.health;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.leansuccess.support.Http;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Phaser;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Signals as integrations storm the API with them: {@link #THREADS} threads send in {@link #STEPS}
 * steps, all threads starting each step together. Even threads send one signal a request ({@code
 * POST /accounts/{id}/signals}), odd threads batches ({@code POST /signal-batches}). A fifth of the
 * deliveries repeat an event that another thread delivers in the same step, so the repeat and the
 * original really race.
 */
final class SignalStorm {

  static final int THREADS = 8;
  static final int STEPS = 100;
  static final int BATCH_SIZE = 4;

  /** Deliveries a step: one from each single thread, a batch from each batch thread. */
  private static final int PER_STEP = THREADS / 2 * (1 + BATCH_SIZE);

  private static final int REPEATS_PER_STEP = PER_STEP / 5;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One delivery of one event. */
  record Delivery(String eventId, String accountId, ObjectNode signal) {}

  /**
   * A health run: started, and then run to its end (how many accounts it evaluated) once all runs
   * of a round started.
   */
  interface Evaluation {
    LongSupplier start();
  }

  /** What the deliveries were answered, and what went wrong. */
  record Answers(
      List<String> stored, List<String> repeated, List<String> failures, long evaluatedMeanwhile) {}

  /** By thread, then by step: the deliveries of one request. */
  private final List<List<List<Delivery>>> requests = new ArrayList<>();

  private final Set<String> eventIds = new LinkedHashSet<>();

  /**
   * The storm over these accounts: each gets the same number of distinct events, its first ones in
   * the first steps.
   *
   * @param signals an account's signal by its number (0 first), without event id and account
   */
  SignalStorm(
      List<String> accountIds, BiFunction<String, Integer, ObjectNode> signals, Random random) {
    for (int thread = 0; thread < THREADS; thread++) {
      requests.add(new ArrayList<>());
    }
    int next = 0;
    for (int step = 0; step < STEPS; step++) {
      List<Delivery> fresh = new ArrayList<>();
      for (int i = 0; i < PER_STEP - REPEATS_PER_STEP; i++, next++) {
        String accountId = accountIds.get(next % accountIds.size());
        int nth = next / accountIds.size();
        ObjectNode signal = signals.apply(accountId, nth);
        String eventId = "storm-" + accountId + "-" + nth;
        fresh.add(
            new Delivery(
                eventId, accountId, signal.put("eventId", eventId).put("accountId", accountId)));
        eventIds.add(eventId);
      }
      List<Delivery> repeated = new ArrayList<>(fresh);
      Collections.shuffle(repeated, random);
      fresh.addAll(repeated.subList(0, REPEATS_PER_STEP));
      do {
        Collections.shuffle(fresh, random);
      } while (!eachRepeatOnAnotherThread(fresh));
      for (int thread = 0; thread < THREADS; thread++) {
        requests.get(thread).add(fresh.subList(firstSlot(thread), firstSlot(thread + 1)));
      }
    }
  }

  /** The distinct event ids, each delivered once or twice. */
  Set<String> eventIds() {
    return eventIds;
  }

  int deliveries() {
    return STEPS * PER_STEP;
  }

  /**
   * Sends every request and, until the last answer, runs the evaluations again and again, each on a
   * thread of its own, all of them starting each round together.
   */
  Answers send(Http http, List<Evaluation> evaluations) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS + evaluations.size());
    Phaser steps = new Phaser(THREADS);
    AtomicBoolean sending = new AtomicBoolean(true);
    AtomicLong evaluated = new AtomicLong();
    List<String> stored = Collections.synchronizedList(new ArrayList<>());
    List<String> repeated = Collections.synchronizedList(new ArrayList<>());
    List<String> failures = Collections.synchronizedList(new ArrayList<>());
    try {
      List<Future<?>> senders = new ArrayList<>();
      for (int thread = 0; thread < THREADS; thread++) {
        List<List<Delivery>> mine = requests.get(thread);
        senders.add(
            pool.submit(
                (Callable<Void>)
                    () -> {
                      for (List<Delivery> request : mine) {
                        steps.arriveAndAwaitAdvance();
                        try {
                          answer(http, request, stored, repeated, failures);
                        } catch (RuntimeException | IOException e) {
                          failures.add(request.get(0).eventId() + ": " + e);
                        }
                      }
                      return null;
                    }));
      }
      // each round, every evaluation starts its run (their timer fires one at a time), and then
      // all run their chunks at the same moment, so that runs over the same accounts race; the
      // barrier's action decides for all of them whether there is another round
      AtomicBoolean again = new AtomicBoolean(true);
      CyclicBarrier rounds =
          new CyclicBarrier(Math.max(1, evaluations.size()), () -> again.set(sending.get()));
      CyclicBarrier started = new CyclicBarrier(Math.max(1, evaluations.size()));
      List<Future<?>> evaluators = new ArrayList<>();
      for (Evaluation evaluation : evaluations) {
        evaluators.add(
            pool.submit(
                (Callable<Void>)
                    () -> {
                      for (rounds.await(); again.get(); rounds.await()) {
                        LongSupplier run = failingAs(failures, evaluation::start, () -> () -> 0L);
                        started.await();
                        evaluated.addAndGet(failingAs(failures, run::getAsLong, () -> 0L));
                        Thread.sleep(20);
                      }
                      return null;
                    }));
      }
      for (Future<?> sender : senders) {
        sender.get(5, TimeUnit.MINUTES);
      }
      sending.set(false);
      for (Future<?> evaluator : evaluators) {
        evaluator.get(5, TimeUnit.MINUTES);
      }
    } finally {
      sending.set(false);
      pool.shutdownNow();
    }
    return new Answers(
        List.copyOf(stored), List.copyOf(repeated), List.copyOf(failures), evaluated.get());
  }

  /**
   * What {@code action} gives, or, when it fails, {@code otherwise}'s, with the failure recorded.
   */
  private static <T> T failingAs(List<String> failures, Supplier<T> action, Supplier<T> otherwise) {
    try {
      return action.get();
    } catch (RuntimeException e) {
      var trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      failures.add("evaluation: " + trace);
      return otherwise.get();
    }
  }

  private static void answer(
      Http http,
      List<Delivery> request,
      List<String> stored,
      List<String> repeated,
      List<String> failures)
      throws IOException {
    if (request.size() == 1) {
      Delivery delivery = request.get(0);
      ObjectNode single = delivery.signal().deepCopy();
      single.remove("accountId");
      HttpResponse<String> response =
          post(http, "/api/v1/accounts/" + delivery.accountId() + "/signals", single);
      switch (response.statusCode()) {
        case 201 -> stored.add(delivery.eventId());
        case 200 -> repeated.add(delivery.eventId());
        default ->
            failures.add(delivery.eventId() + ": " + response.statusCode() + " " + response.body());
      }
      return;
    }
    ObjectNode batch = JSON.createObjectNode();
    request.forEach(delivery -> batch.withArray("items").add(delivery.signal()));
    HttpResponse<String> response = post(http, "/api/v1/signal-batches", batch);
    if (response.statusCode() != 200) {
      failures.add(
          "batch of "
              + request.get(0).eventId()
              + ": "
              + response.statusCode()
              + " "
              + response.body());
      return;
    }
    for (JsonNode item : JSON.readTree(response.body()).path("items")) {
      switch (item.path("status").asText()) {
        case "STORED" -> stored.add(item.path("eventId").asText());
        case "REPEATED" -> repeated.add(item.path("eventId").asText());
        default -> failures.add(item.toString());
      }
    }
  }

  private static HttpResponse<String> post(Http http, String path, ObjectNode body) {
    return http.send(
        http.request(path)
            .header("Content-Type", "application/json")
            .POST(BodyPublishers.ofString(body.toString())));
  }

  /**
   * Single threads (even) take one slot each, batch threads (odd) {@link #BATCH_SIZE}: the slot a
   * thread starts at.
   */
  private static int firstSlot(int thread) {
    return thread / 2 * (1 + BATCH_SIZE) + (thread % 2 == 0 ? 0 : 1);
  }

  private static boolean eachRepeatOnAnotherThread(List<Delivery> slots) {
    for (int thread = 0; thread < THREADS; thread++) {
      Set<String> seen = new HashSet<>();
      for (Delivery delivery : slots.subList(firstSlot(thread), firstSlot(thread + 1))) {
        if (!seen.add(delivery.eventId())) {
          return false;
        }
      }
    }
    return true;
  }
}
