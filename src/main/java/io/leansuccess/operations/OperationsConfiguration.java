package io.leansuccess.operations;

import io.leansuccess.decision.DecisionService;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What an operator watches: the health indicators the probes group (see {@code management.*} in
 * {@code lean-success.yaml}: {@code engine}, {@code jobs}, {@code schema}, beside Spring's {@code
 * db}), and the product's metrics. Needs Spring Boot Actuator and Micrometer, which the plugin
 * brings; a host that excludes them gets neither.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass({HealthIndicator.class, MeterRegistry.class})
class OperationsConfiguration {

  @Bean
  HealthIndicator engineHealthIndicator(ProcessEngine engine) {
    return new EngineHealth(engine);
  }

  @Bean
  HealthIndicator jobsHealthIndicator(ProcessEngine engine, Environment environment) {
    return new JobExecutorHealth(
        engine, environment.getProperty("camunda.bpm.job-execution.enabled", Boolean.class, true));
  }

  /** Created after the engine, so after Liquibase, whose changesets it then counts. */
  @Bean
  HealthIndicator schemaHealthIndicator(JdbcClient jdbc, ProcessEngine engine) {
    return new SchemaHealth(jdbc);
  }

  @Bean
  OperationsEnginePlugin operationsEnginePlugin(MeterRegistry registry) {
    return new OperationsEnginePlugin(registry);
  }

  @Bean
  ProductMetrics productMetrics(MeterRegistry registry) {
    return new ProductMetrics(registry);
  }

  @Bean
  OpenWorkGauges openWorkGauges(
      ProcessEngine engine,
      Clock clock,
      @Value("${lean-success.metrics.open-work-max-age:PT30S}") Duration maxAge) {
    return new OpenWorkGauges(engine, clock, maxAge);
  }

  /** Every decision service (ours or a host's) is measured where it is injected. */
  @Bean
  static BeanPostProcessor meteredDecisions(ObjectProvider<MeterRegistry> registry) {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DecisionService decisions
                && !(bean instanceof MeteredDecisionService)
            ? new MeteredDecisionService(decisions, registry.getObject())
            : bean;
      }
    };
  }
}
