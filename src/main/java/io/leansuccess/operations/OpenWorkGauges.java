package io.leansuccess.operations;

import io.leansuccess.getwell.GetWellPlanProcess;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.function.LongSupplier;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * What waits for people or for an operator, across the whole cluster (all nodes count the same
 * database): open incidents, open get-well plans, overdue tasks. Each is one count query, asked at
 * most once per {@code maxAge}.
 */
class OpenWorkGauges implements MeterBinder {

  private final ProcessEngine engine;
  private final Clock clock;
  private final Duration maxAge;

  OpenWorkGauges(ProcessEngine engine, Clock clock, Duration maxAge) {
    this.engine = engine;
    this.clock = clock;
    this.maxAge = maxAge;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    gauge(
        registry,
        "leansuccess.incidents.open",
        "Open incidents (jobs out of retries and other failures)",
        () -> engine.getRuntimeService().createIncidentQuery().count());
    gauge(
        registry,
        "leansuccess.getwellplans.open",
        "Get-well plans running",
        () ->
            engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(GetWellPlanProcess.KEY)
                .count());
    gauge(
        registry,
        "leansuccess.tasks.overdue",
        "Open tasks past their due date",
        () ->
            engine
                .getTaskService()
                .createTaskQuery()
                .dueBefore(Date.from(clock.instant()))
                .count());
  }

  private void gauge(MeterRegistry registry, String name, String description, LongSupplier query) {
    // Micrometer holds a gauge's object weakly: nothing else holds the cache, so the gauge must
    Gauge.builder(name, new CachedCount(query, maxAge), CachedCount::get)
        .strongReference(true)
        .description(description)
        .register(registry);
  }
}
