package io.leansuccess.engine;

import io.leansuccess.LeanSuccessProperties;
import io.leansuccess.rules.drools.DeployedRules;
import io.leansuccess.rules.drools.RuleSetCompiler;
import io.leansuccess.rules.drools.RuleSetTable;
import io.leansuccess.rules.drools.RulesInForce;
import liquibase.integration.spring.SpringLiquibase;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Controller;

/**
 * The engine plugin and what runs in the engine: our processes and rules, the rules deployer and
 * decisions, task timing and business days, the features' services, delegates and repositories, the
 * access set-up and HTTP Basic on {@code /engine-rest}. The REST API, the pages, the demo and the
 * operations' health and metrics are auto-configurations of their own (all listed in {@code
 * META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports}), so a host
 * switches each off by itself.
 */
@AutoConfiguration
@EnableConfigurationProperties(LeanSuccessProperties.class)
@ComponentScan(
    basePackages = LeanSuccessAutoConfiguration.OUR_PACKAGE,
    excludeFilters = {
      @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
      @ComponentScan.Filter(type = FilterType.CUSTOM, classes = ConfiguredElsewhere.class),
      // the API's, the pages', the demo's and the operations' own auto-configurations take these
      @ComponentScan.Filter(type = FilterType.CUSTOM, classes = JaxRsComponents.class),
      @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = Controller.class),
      @ComponentScan.Filter(
          type = FilterType.REGEX,
          pattern = "io\\.leansuccess\\.(api|pages|demo|operations)\\..*")
    })
public class LeanSuccessAutoConfiguration {

  public static final String OUR_PACKAGE = "io.leansuccess";

  /**
   * When Liquibase owns Camunda's schema the engine must not start before Liquibase has run, or it
   * fails on the missing tables (ENGINE-03057).
   */
  @Bean
  @ConditionalOnClass(SpringLiquibase.class)
  static EngineStartsAfterLiquibase engineStartsAfterLiquibase() {
    return new EngineStartsAfterLiquibase();
  }

  /**
   * Compiles DRL against the application's class loader, the one that sees our fact classes (and an
   * embedding host's) also inside a Spring Boot executable jar; each compiled rule set keeps the
   * configured number of sessions for reuse.
   */
  @Bean
  RuleSetCompiler ruleSetCompiler(ResourceLoader resourceLoader, LeanSuccessProperties properties) {
    return new RuleSetCompiler(
        resourceLoader.getClassLoader(), properties.getRules().getPooledSessions());
  }

  /** Which rule versions are deployed, read again after the configured interval. */
  @Bean
  RulesInForce rulesInForce(
      RuleSetTable table, DeployedRules repository, LeanSuccessProperties properties) {
    return new RulesInForce(table, repository, properties.getRules().getRefreshInterval());
  }

  static class EngineStartsAfterLiquibase extends AbstractDependsOnBeanFactoryPostProcessor {
    EngineStartsAfterLiquibase() {
      super(ProcessEngineFactoryBean.class, SpringLiquibase.class);
    }
  }
}
