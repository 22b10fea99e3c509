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
import javax.sql.DataSource;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * Ingestion: signals per second over loopback HTTP (single and batch, {@value SignalLoad#CLIENTS}
 * clients) against the same service called in this JVM, and HTTP Basic against the same endpoint
 * with authentication short-circuited. Paths alternate within a round; each number is the median of
 * the rounds. Beside the rates, the CPU a request costs ({@link CpuMeter}: the JVM's threads by
 * group, and PostgreSQL's processes), which the load on a shared machine does not hide.
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
    return run(
        port,
        service,
        sql,
        null,
        accounts,
        accountCount,
        singleRequests,
        batchRequests,
        batchSize,
        rounds);
  }

  /**
   * @param database to find PostgreSQL's processes and count their CPU; null leaves it out
   */
  static List<BenchmarkResult> run(
      int port,
      SignalService service,
      SqlStatements sql,
      DataSource database,
      AccountRepository accounts,
      int accountCount,
      int singleRequests,
      int batchRequests,
      int batchSize,
      int rounds)
      throws Exception {
    SignalLoad load =
        new SignalLoad(
            port, service, sql, new CpuMeter(database), seedAccounts(accounts, accountCount));
    Map<Path, List<Outcome>> single = new EnumMap<>(Path.class);
    Map<Path, List<Outcome>> batch = new EnumMap<>(Path.class);
    // warm-up: JIT (the CPU a request costs is measured too), connection pools, the first
    // requests' lazy initialisation
    for (Path path : Path.values()) {
      load.send(path, Math.max(1, singleRequests / 2), 1);
      load.send(path, Math.max(1, batchRequests / 4), batchSize);
    }
    for (int round = 0; round < rounds; round++) {
      for (Path path : Path.values()) {
        Outcome outcome = profiled(path, () -> load.send(path, singleRequests, 1));
        single.computeIfAbsent(path, p -> new ArrayList<>()).add(outcome);
        System.out.printf(
            "ingestion round %d, %s single: %.0f signals/s, p95 %.2f ms, %.1f statements a request;"
                + " CPU a request: %s%n",
            round + 1,
            path,
            outcome.signalsPerSecond(),
            outcome.p95Millis(),
            outcome.statementsPerRequest(),
            outcome.usage().describe(outcome.requests()));
      }
      for (Path path : List.of(Path.HTTP_BASIC, Path.IN_PROCESS)) {
        Outcome outcome = load.send(path, batchRequests, batchSize);
        batch.computeIfAbsent(path, p -> new ArrayList<>()).add(outcome);
        System.out.printf(
            "ingestion round %d, %s batches of %d: %.0f signals/s, p95 %.2f ms; CPU a request: %s%n",
            round + 1,
            path,
            batchSize,
            outcome.signalsPerSecond(),
            outcome.p95Millis(),
            outcome.usage().describe(outcome.requests()));
      }
    }
    ToDoubleFunction<Outcome> rate = Outcome::signalsPerSecond;
    ToDoubleFunction<Outcome> p95 = Outcome::p95Millis;
    // to a tenth, as the rounds print it: the rules in force are read again once a refresh
    // interval (2 statements, docs/rules.md), by whichever request comes first, HTTP or in-process;
    // unrounded, that fraction of a statement alone would decide the row
    ToDoubleFunction<Outcome> statements = o -> Math.round(o.statementsPerRequest() * 10) / 10.0;
    ToDoubleFunction<Outcome> cpu = Outcome::cpuMicrosPerRequest;
    ToDoubleFunction<Outcome> serverCpu = o -> o.cpuMicrosPerRequest(CpuMeter.Group.TOMCAT);
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
            false),
        new BenchmarkResult(
            NAME,
            "CPU a single signal, every thread and PostgreSQL, HTTP Basic vs in-process",
            "us",
            median(single, Path.HTTP_BASIC, cpu),
            median(single, Path.IN_PROCESS, cpu),
            Double.NaN,
            false),
        new BenchmarkResult(
            NAME,
            "CPU a single signal, every thread and PostgreSQL, java.net.http client vs in-process",
            "us",
            median(single, Path.HTTP_BASIC_JAVA_NET_HTTP, cpu),
            median(single, Path.IN_PROCESS, cpu),
            Double.NaN,
            false),
        new BenchmarkResult(
            NAME,
            "single signals, HTTP Basic through java.net.http vs in-process",
            "signals/s",
            median(single, Path.HTTP_BASIC_JAVA_NET_HTTP, rate),
            median(single, Path.IN_PROCESS, rate),
            Double.NaN,
            true),
        new BenchmarkResult(
            NAME,
            "CPU a single signal: Tomcat's threads (HTTP Basic) vs all of the in-process call",
            "us",
            median(single, Path.HTTP_BASIC, serverCpu),
            median(single, Path.IN_PROCESS, cpu),
            Double.NaN,
            false));
  }

  private interface Send {
    Outcome send() throws Exception;
  }

  /**
   * With {@code -Dbenchmark.ingestion.jfr=DIR}, a JFR recording ({@code profile} settings) of each
   * single-signal run, one file a path and round in DIR.
   */
  private static Outcome profiled(Path path, Send send) throws Exception {
    String directory = System.getProperty("benchmark.ingestion.jfr");
    if (directory == null) {
      return send.send();
    }
    try (Recording recording = new Recording(Configuration.getConfiguration("profile"))) {
      recording.start();
      Outcome outcome = send.send();
      recording.stop();
      java.nio.file.Path dir = java.nio.file.Path.of(directory);
      java.nio.file.Files.createDirectories(dir);
      recording.dump(dir.resolve(path + "-" + System.nanoTime() + ".jfr"));
      return outcome;
    }
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
