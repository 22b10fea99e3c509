package io.leansuccess.bench;

import io.leansuccess.support.SqlStatements;
import java.time.Duration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Timers, in the suite: {@code benchmark.timers.jobs} (10,000, as the target is stated), {@code
 * .trickle} (100 over {@code .window-seconds}, 20).
 */
@BenchmarkContext
@Tag("benchmark")
class TimersBenchmark {

  @Autowired ProcessEngine engine;
  @Autowired CamundaBpmProperties shipped;
  @Autowired SqlStatements sql;

  @Test
  void drainDueTimers() throws InterruptedException {
    BenchmarkResult.report(
        "4-timers",
        TimersBenchmarks.run(
            engine,
            sql,
            shipped,
            Integer.getInteger("benchmark.timers.jobs", 10_000),
            Integer.getInteger("benchmark.timers.trickle", 100),
            Duration.ofSeconds(Integer.getInteger("benchmark.timers.window-seconds", 20)),
            Integer.getInteger("benchmark.rounds", 3),
            System.getProperty("benchmark.timers.candidates", "")));
  }
}
