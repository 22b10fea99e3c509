package io.leansuccess.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;

/**
 * Timers: {@code jobs} due timer jobs drained with Camunda's default job executor settings and with
 * the settings we ship (read from the product's configuration, {@code camunda.bpm.job-execution}),
 * each {@code rounds} times, alternating; the median of each.
 */
final class TimersBenchmarks {

  static final String NAME = "4 timers";

  private TimersBenchmarks() {}

  static List<BenchmarkResult> run(
      ProcessEngine engine,
      CamundaBpmProperties shipped,
      int jobs,
      int trickle,
      Duration window,
      int rounds)
      throws InterruptedException {
    TimerDrain drain = new TimerDrain(engine);
    var deployment = drain.deploy();
    CamundaBpmProperties defaults = new CamundaBpmProperties();
    List<Double> defaultRate = new ArrayList<>();
    List<Double> shippedRate = new ArrayList<>();
    List<Double> defaultLate = new ArrayList<>();
    List<Double> shippedLate = new ArrayList<>();
    try {
      for (int round = 0; round < rounds; round++) {
        TimerDrain.Outcome ours = drain.run(shipped, jobs, trickle, window);
        drain.forgetHistory();
        TimerDrain.Outcome camunda = drain.run(defaults, jobs, trickle, window);
        drain.forgetHistory();
        System.out.printf(
            "timers round %d: shipped %.0f jobs/s, p99 %.2f s late; defaults %.0f jobs/s, p99 %.2f s late%n",
            round + 1,
            ours.jobsPerSecond(),
            ours.p99LatenessSeconds(),
            camunda.jobsPerSecond(),
            camunda.p99LatenessSeconds());
        shippedRate.add(ours.jobsPerSecond());
        defaultRate.add(camunda.jobsPerSecond());
        shippedLate.add(ours.p99LatenessSeconds());
        defaultLate.add(camunda.p99LatenessSeconds());
      }
    } finally {
      engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
    }
    String drained = String.format("drain %,d due timers: shipped vs Camunda's defaults", jobs);
    return List.of(
        new BenchmarkResult(
            NAME, drained, "jobs/s", Medians.of(shippedRate), Medians.of(defaultRate), 3.0, true),
        new BenchmarkResult(
            NAME,
            "p99 lateness, shipped settings, vs 1 s",
            "s",
            Medians.of(shippedLate),
            1.0,
            1.0,
            false),
        new BenchmarkResult(
            NAME,
            "p99 lateness, Camunda's defaults, vs 1 s",
            "s",
            Medians.of(defaultLate),
            1.0,
            Double.NaN,
            false));
  }
}
