package io.leansuccess.bench;

import io.leansuccess.support.SqlStatements;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.beans.BeanUtils;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * Timers: {@code jobs} due timer jobs drained with Camunda's default job executor settings and with
 * the settings we ship (read from the product's configuration, {@code camunda.bpm.job-execution}),
 * each {@code rounds} times, alternating; the median of each. Each drain also reports the SQL
 * statements a job took and what the acquisition did (the engine's job metrics).
 *
 * <p>{@code candidates} are other settings to try in the same rounds, printed beside the two but
 * not reported: the shipped ones with some {@code camunda.bpm.job-execution} keys changed, as
 * {@code core-pool-size=4,max-pool-size=4;max-jobs-per-acquisition=16} (candidates separated by
 * {@code ;}).
 */
final class TimersBenchmarks {

  static final String NAME = "4 timers";

  private TimersBenchmarks() {}

  static List<BenchmarkResult> run(
      ProcessEngine engine,
      SqlStatements sql,
      CamundaBpmProperties shipped,
      int jobs,
      int trickle,
      Duration window,
      int rounds,
      String candidates)
      throws InterruptedException {
    TimerDrain drain = new TimerDrain(engine, sql);
    var deployment = drain.deploy();
    Map<String, CamundaBpmProperties> sides = new LinkedHashMap<>();
    sides.put("shipped", shipped);
    sides.put("defaults", new CamundaBpmProperties());
    for (String candidate : candidates.split(";")) {
      if (!candidate.isBlank()) {
        sides.put(candidate.trim(), changed(shipped, candidate.trim()));
      }
    }
    Map<String, List<TimerDrain.Outcome>> outcomes = new LinkedHashMap<>();
    try {
      for (int round = 0; round < rounds; round++) {
        for (var side : sides.entrySet()) {
          TimerDrain.Outcome outcome = drain.run(side.getValue(), jobs, trickle, window);
          drain.forgetHistory();
          System.out.printf(
              "timers round %d, %s: %.0f jobs/s, p99 %.2f s late, %.1f statements a job, %s%n",
              round + 1,
              side.getKey(),
              outcome.jobsPerSecond(),
              outcome.p99LatenessSeconds(),
              outcome.statementsPerJob(),
              outcome.acquisition());
          outcomes.computeIfAbsent(side.getKey(), key -> new ArrayList<>()).add(outcome);
        }
      }
    } finally {
      engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
    }
    List<TimerDrain.Outcome> ours = outcomes.get("shipped");
    List<TimerDrain.Outcome> camunda = outcomes.get("defaults");
    String drained = String.format("drain %,d due timers: shipped vs Camunda's defaults", jobs);
    return List.of(
        new BenchmarkResult(
            NAME,
            drained,
            "jobs/s",
            median(ours, TimerDrain.Outcome::jobsPerSecond),
            median(camunda, TimerDrain.Outcome::jobsPerSecond),
            3.0,
            true),
        new BenchmarkResult(
            NAME,
            "p99 lateness, shipped settings, vs 1 s",
            "s",
            median(ours, TimerDrain.Outcome::p99LatenessSeconds),
            1.0,
            1.0,
            false),
        new BenchmarkResult(
            NAME,
            "p99 lateness, Camunda's defaults, vs 1 s",
            "s",
            median(camunda, TimerDrain.Outcome::p99LatenessSeconds),
            1.0,
            Double.NaN,
            false),
        new BenchmarkResult(
            NAME,
            "SQL statements a job: shipped vs Camunda's defaults",
            "statements",
            median(ours, TimerDrain.Outcome::statementsPerJob),
            median(camunda, TimerDrain.Outcome::statementsPerJob),
            Double.NaN,
            false),
        new BenchmarkResult(
            NAME,
            "jobs an acquisition: shipped vs Camunda's defaults",
            "jobs",
            median(ours, outcome -> outcome.acquisition().jobsPerAttempt()),
            median(camunda, outcome -> outcome.acquisition().jobsPerAttempt()),
            Double.NaN,
            true));
  }

  private static double median(
      List<TimerDrain.Outcome> outcomes,
      java.util.function.ToDoubleFunction<TimerDrain.Outcome> measure) {
    return Medians.of(outcomes.stream().map(measure::applyAsDouble).toList());
  }

  /** The shipped settings with the given job-execution keys changed. */
  private static CamundaBpmProperties changed(CamundaBpmProperties shipped, String changes) {
    CamundaBpmProperties candidate = new CamundaBpmProperties();
    BeanUtils.copyProperties(shipped.getJobExecution(), candidate.getJobExecution());
    Map<String, String> values = new LinkedHashMap<>();
    for (String change : changes.split(",")) {
      String[] keyValue = change.split("=", 2);
      values.put("job-execution." + keyValue[0].trim(), keyValue[1].trim());
    }
    new Binder(new MapConfigurationPropertySource(values))
        .bind("job-execution", Bindable.ofInstance(candidate.getJobExecution()));
    return candidate;
  }
}
