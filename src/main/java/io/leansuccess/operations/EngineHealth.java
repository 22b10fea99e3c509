package io.leansuccess.operations;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/** The process engine has started and has not been closed. */
class EngineHealth extends AbstractHealthIndicator {

  private final ProcessEngine engine;

  EngineHealth(ProcessEngine engine) {
    super("The process engine could not be checked");
    this.engine = engine;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    boolean registered = ProcessEngines.getProcessEngines().get(engine.getName()) == engine;
    (registered ? builder.up() : builder.down()).withDetail("name", engine.getName());
  }
}
