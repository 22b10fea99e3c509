package io.leansuccess.operations;

import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/** The engine counts its job executor's work into Micrometer as well as into its own table. */
class OperationsEnginePlugin extends AbstractProcessEnginePlugin {

  private final MeterRegistry registry;

  OperationsEnginePlugin(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getMetricsRegistry() == null) {
      configuration.setMetricsRegistry(new EngineMetricsBridge(registry));
    }
  }
}
