package io.leansuccess.health;

import io.leansuccess.bench.BenchmarkContext;
import io.leansuccess.bench.BenchmarkResult;
import io.leansuccess.support.SqlStatements;
import java.util.Arrays;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Not a test: a measurement, part of the benchmark suite ({@code ./mvnw -Pbench verify}; its name
 * matches neither {@code *Test} nor {@code *IT}). Seeds {@code benchmark.accounts} accounts
 * (default 100,000) with about 19 signals each on the embedded PostgreSQL, then runs the nightly
 * {@code HealthEvaluationProcess} once per chunk size in {@code benchmark.chunk-sizes} (default
 * 500, the product's), each from an empty health history (a first night), and once more with the
 * last chunk size on top of the previous run (a steady night: nothing changed, nothing escalated).
 * {@code -Dbenchmark.plan-starts=job-executor} runs the get-well plans' start jobs on the threads
 * of a job executor with the shipped settings instead of one after the other on one thread. Prints
 * total time, statements by kind, accounts per second and heap; docs/health.md and
 * docs/benchmarks.md have the command and the numbers. Its database is its own: the whole suite's
 * other benchmarks leave theirs full.
 */
@BenchmarkContext
// a context and database of its own, also when the whole suite runs: the first night after a bulk
// import evaluates the import and nothing else, not the accounts, cycles and jobs the other
// benchmarks leave in theirs (engines register JVM-wide by name, hence a name of its own)
@TestPropertySource(
    properties = {
      "lean-success.benchmark.context=nightly-run",
      "camunda.bpm.process-engine-name=benchmarkNightlyRun"
    })
@Tag("benchmark")
class HealthEvaluationBenchmark {

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired HealthEvaluationService service;
  @Autowired SqlStatements sql;
  @Autowired CamundaBpmProperties shipped;

  @Test
  void measureNightlyRuns() {
    int accounts = Integer.getInteger("benchmark.accounts", 100_000);
    int[] chunkSizes =
        Arrays.stream(System.getProperty("benchmark.chunk-sizes", "500").split(","))
            .map(String::trim)
            .mapToInt(Integer::parseInt)
            .toArray();
    var nights = new NightlyRuns(engine, jdbc, service, sql);
    // one-thread (default): the plans' start jobs one after the other, to measure their work;
    // job-executor: on the threads of a job executor with the shipped settings, as in production
    if ("job-executor".equals(System.getProperty("benchmark.plan-starts"))) {
      nights.startingPlansWith(shipped);
    }
    var runs = nights.measure(accounts, chunkSizes);
    BenchmarkResult.report("6-nightly-run", NightlyRuns.results(runs));
  }
}
