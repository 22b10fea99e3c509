package io.leansuccess.operations;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * The job executor runs when it is meant to: a node whose acquisition stopped fires no timer and
 * continues no asynchronous step, and a restart is what helps. A node configured without it (a
 * web-only node, the tests) is healthy. Camunda's Spring Boot starter starts the executor itself
 * once the application is ready ({@code camunda.bpm.job-execution.enabled}), not through the
 * engine's own {@code jobExecutorActivate}: either means it should run.
 */
class JobExecutorHealth extends AbstractHealthIndicator {

  private final ProcessEngine engine;
  private final boolean startedByTheApplication;

  JobExecutorHealth(ProcessEngine engine, boolean startedByTheApplication) {
    super("The job executor could not be checked");
    this.engine = engine;
    this.startedByTheApplication = startedByTheApplication;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    JobExecutor executor = configuration.getJobExecutor();
    if (!(startedByTheApplication || configuration.isJobExecutorActivate()) || executor == null) {
      builder.up().withDetail("jobExecutor", "off on this node");
      return;
    }
    (executor.isActive() ? builder.up() : builder.down())
        .withDetail("lockOwner", executor.getLockOwner())
        .withDetail("maxJobsPerAcquisition", executor.getMaxJobsPerAcquisition())
        .withDetail("lockTimeInMillis", executor.getLockTimeInMillis());
  }
}
