package io.leansuccess.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.camunda.bpm.engine.impl.metrics.Meter;
import org.camunda.bpm.engine.impl.metrics.MetricsRegistry;
import org.camunda.bpm.engine.management.Metrics;

/**
 * Camunda's own job executor metrics, counted where the engine counts them, also as Micrometer
 * counters. The engine's meters are cleared each time it writes them to its metrics table, so a
 * dashboard cannot read them; these counters only grow, as Prometheus expects.
 */
class EngineMetricsBridge extends MetricsRegistry {

  private final Map<String, Counter> counters;

  EngineMetricsBridge(MeterRegistry registry) {
    counters =
        Map.of(
            Metrics.JOB_ACQUISITION_ATTEMPT,
                counter(
                    registry,
                    "leansuccess.jobs.acquisition.attempts",
                    null,
                    "Job acquisition cycles of this node's job executor"),
            Metrics.JOB_ACQUIRED_SUCCESS,
                counter(
                    registry,
                    "leansuccess.jobs.acquired",
                    "locked",
                    "Jobs this node acquired: locked for it, or lost to another node (conflict)"),
            Metrics.JOB_ACQUIRED_FAILURE,
                counter(registry, "leansuccess.jobs.acquired", "conflict", null),
            Metrics.JOB_SUCCESSFUL,
                counter(
                    registry,
                    "leansuccess.jobs.executed",
                    "succeeded",
                    "Jobs this node executed, by outcome; a failed job is retried until its retries are used up"),
            Metrics.JOB_FAILED, counter(registry, "leansuccess.jobs.executed", "failed", null),
            Metrics.JOB_EXECUTION_REJECTED,
                counter(
                    registry,
                    "leansuccess.jobs.rejected",
                    null,
                    "Acquired jobs the executor's thread pool had no room for; they wait for the next acquisition"),
            Metrics.JOB_LOCKED_EXCLUSIVE,
                counter(
                    registry,
                    "leansuccess.jobs.locked.exclusive",
                    null,
                    "Jobs of a process instance acquired together because they are exclusive"));
  }

  private static Counter counter(
      MeterRegistry registry, String name, String outcome, String description) {
    Counter.Builder builder = Counter.builder(name).description(description);
    if (outcome != null) {
      builder.tag("outcome", outcome);
    }
    return builder.register(registry);
  }

  @Override
  protected void markOccurrence(Map<String, Meter> meters, String name, long times) {
    super.markOccurrence(meters, name, times);
    Counter counter = meters == dbMeters ? counters.get(name) : null;
    if (counter != null) {
      counter.increment(times);
    }
  }
}
