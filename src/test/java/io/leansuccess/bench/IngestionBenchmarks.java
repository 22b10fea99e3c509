package io.leansuccess.bench;

import io.leansuccess.account.Account;
import io.leansuccess.account.AccountRepository;
import io.leansuccess.account.Segment;
import io.leansuccess.account.SegmentKind;
import io.leansuccess.bench.SignalLoad.Outcome;
import io.leansuccess.bench.SignalLoad.Path;
import io.leansuccess.signal.SignalService;
import io.leansuccess.support.SqlStatements;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.ToDoubleFunction;

/**
 * Ingestion: signals per second over loopback HTTP (single and batch, {@value SignalLoad#CLIENTS}
 * clients) against the same service called in this JVM, and HTTP Basic against the same endpoint
 * with authentication short-circuited. Paths alternate within a round; each number is the median of
 * the rounds.
 */
final class IngestionBenchmarks {

  static final String NAME = "5 ingestion";

  private IngestionBenchmarks() {}

  static List<BenchmarkResult> run(
      int port,
      SignalService service,
      SqlStatements sql,
      AccountRepository accounts,
      int accountCount,
      int singleRequests,
      int batchRequests,
      int batchSize,
      int rounds)
      throws Exception {
    SignalLoad load = new SignalLoad(port, service, sql, seedAccounts(accounts, accountCount));
    Map<Path, List<Outcome>> single = new EnumMap<>(Path.class);
    Map<Path, List<Outcome>> batch = new EnumMap<>(Path.class);
    // warm-up: JIT, connection pools, the first requests' lazy initialisation
    for (Path path : Path.values()) {
      load.send(path, Math.max(1, singleRequests / 4), 1);
      load.send(path, Math.max(1, batchRequests / 4), batchSize);
    }
    for (int round = 0; round < rounds; round++) {
      for (Path path : Path.values()) {
        Outcome outcome = load.send(path, singleRequests, 1);
        single.computeIfAbsent(path, p -> new ArrayList<>()).add(outcome);
        System.out.printf(
            "ingestion round %d, %s single: %.0f signals/s, p95 %.2f ms, %.1f statements a request%n",
            round + 1,
            path,
            outcome.signalsPerSecond(),
            outcome.p95Millis(),
            outcome.statementsPerRequest());
      }
      for (Path path : List.of(Path.HTTP_BASIC, Path.IN_PROCESS)) {
        Outcome outcome = load.send(path, batchRequests, batchSize);
        batch.computeIfAbsent(path, p -> new ArrayList<>()).add(outcome);
        System.out.printf(
            "ingestion round %d, %s batches of %d: %.0f signals/s, p95 %.2f ms%n",
            round + 1, path, batchSize, outcome.signalsPerSecond(), outcome.p95Millis());
      }
    }
    ToDoubleFunction<Outcome> rate = Outcome::signalsPerSecond;
    ToDoubleFunction<Outcome> p95 = Outcome::p95Millis;
    ToDoubleFunction<Outcome> statements = Outcome::statementsPerRequest;
    double addedSingle =
        median(single, Path.HTTP_BASIC, p95) - median(single, Path.IN_PROCESS, p95);
    double addedBatch = median(batch, Path.HTTP_BASIC, p95) - median(batch, Path.IN_PROCESS, p95);
    return List.of(
        new BenchmarkResult(
            NAME,
            "single signals, HTTP Basic vs in-process",
            "signals/s",
            median(single, Path.HTTP_BASIC, rate),
            median(single, Path.IN_PROCESS, rate),
            0.7,
            true),
        new BenchmarkResult(
            NAME,
            "batches of " + batchSize + ", HTTP Basic vs in-process",
            "signals/s",
            median(batch, Path.HTTP_BASIC, rate),
            median(batch, Path.IN_PROCESS, rate),
            0.7,
            true),
        new BenchmarkResult(
            NAME, "single signals, p95 added by HTTP vs 2 ms", "ms", addedSingle, 2.0, 1.0, false),
        new BenchmarkResult(
            NAME, "batches, p95 added by HTTP vs 2 ms", "ms", addedBatch, 2.0, 1.0, false),
        new BenchmarkResult(
            NAME,
            "single signals, HTTP Basic vs authentication short-circuited",
            "signals/s",
            median(single, Path.HTTP_BASIC, rate),
            median(single, Path.HTTP_NO_AUTH, rate),
            0.8,
            true),
        new BenchmarkResult(
            NAME,
            "SQL statements a single signal, HTTP Basic vs in-process",
            "statements",
            median(single, Path.HTTP_BASIC, statements),
            median(single, Path.IN_PROCESS, statements),
            1.0,
            false));
  }

  private static double median(
      Map<Path, List<Outcome>> outcomes, Path path, ToDoubleFunction<Outcome> measure) {
    return Medians.of(outcomes.get(path).stream().map(measure::applyAsDouble).toList());
  }

  private static List<String> seedAccounts(AccountRepository accounts, int count) {
    String prefix = "ingest-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String id = prefix + i;
      accounts.insert(
          new Account(
              id,
              "Benchmark " + i,
              "Logistics",
              new BigDecimal("100000"),
              new BigDecimal("100000"),
              LocalDate.parse("2027-06-30"),
              List.of(new Segment("emea", SegmentKind.GEOGRAPHY, "Europe", 100))));
      ids.add(id);
    }
    return ids;
  }
}
