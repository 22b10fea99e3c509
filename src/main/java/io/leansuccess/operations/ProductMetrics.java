package io.leansuccess.operations;

import io.leansuccess.health.HealthEvaluated;
import io.leansuccess.signal.SignalsIngested;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Locale;
import org.springframework.context.event.EventListener;

/**
 * Counts what the product's features announce: signals ingested by kind and outcome, and health
 * runs by run (accounts judged, escalations, recoveries, the time of each step).
 */
class ProductMetrics {

  private final MeterRegistry registry;

  ProductMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  @EventListener
  void signalsIngested(SignalsIngested event) {
    event
        .signals()
        .forEach(
            signal ->
                Counter.builder("leansuccess.signals.ingested")
                    .description(
                        "Signals integrations sent, by kind and outcome (stored, repeated, rejected)")
                    .tag("kind", signal.kind().name())
                    .tag("outcome", signal.status().name().toLowerCase(Locale.ROOT))
                    .register(registry)
                    .increment());
  }

  @EventListener
  void healthEvaluated(HealthEvaluated event) {
    Timer.builder("leansuccess.health.chunk")
        .description("One step (chunk) of a health run, by run")
        .tag("run", event.run())
        .register(registry)
        .record(event.took());
    count(
        "leansuccess.health.accounts.evaluated",
        "Accounts a health run judged, by run",
        event.run(),
        event.accounts());
    count(
        "leansuccess.health.escalations",
        "Accounts a health run escalated to a get-well plan, by run",
        event.run(),
        event.escalated());
    count(
        "leansuccess.health.recoveries",
        "Accounts a health run found recovered, by run",
        event.run(),
        event.recovered());
    count(
        "leansuccess.health.accounts.failed",
        "Accounts a health run could not judge (a bad record; logged as HEALTH-FAILED with the account), by run",
        event.run(),
        event.failed());
  }

  private void count(String name, String description, String run, int times) {
    Counter.builder(name)
        .description(description)
        .tag("run", run)
        .register(registry)
        .increment(times);
  }
}
