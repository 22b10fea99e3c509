package io.leansuccess.engine;

import io.leansuccess.LeanSuccessProperties;
import io.leansuccess.api.ApiProperties;
import io.leansuccess.rules.drools.RuleSetCompiler;
import liquibase.integration.spring.SpringLiquibase;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.actuate.autoconfigure.web.ManagementContextConfiguration;
import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.core.io.ResourceLoader;

/**
 * Everything the plugin brings to a Camunda 7 Spring Boot application: our processes and rules,
 * the rules deployer, the REST API under {@code /api/v1} and the access set-up. Adding the jar as
 * a dependency is enough; this class is listed in
 * {@code META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports}.
 */
@AutoConfiguration
@EnableConfigurationProperties({LeanSuccessProperties.class, ApiProperties.class})
@ComponentScan(
    basePackages = "io.leansuccess",
    excludeFilters = {
      @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
      @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = SpringBootConfiguration.class),
      // the actuator's own context picks these up (META-INF/spring/...ManagementContextConfiguration.imports)
      @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = ManagementContextConfiguration.class)
    })
public class LeanSuccessAutoConfiguration {

  /**
   * When Liquibase owns Camunda's schema the engine must not start before Liquibase has run,
   * or it fails on the missing tables (ENGINE-03057).
   */
  @Bean
  @ConditionalOnClass(SpringLiquibase.class)
  static EngineStartsAfterLiquibase engineStartsAfterLiquibase() {
    return new EngineStartsAfterLiquibase();
  }

  /**
   * Compiles DRL against the application's class loader, the one that sees our fact classes (and
   * an embedding host's) also inside a Spring Boot executable jar.
   */
  @Bean
  RuleSetCompiler ruleSetCompiler(ResourceLoader resourceLoader) {
    return new RuleSetCompiler(resourceLoader.getClassLoader());
  }

  static class EngineStartsAfterLiquibase extends AbstractDependsOnBeanFactoryPostProcessor {
    EngineStartsAfterLiquibase() {
      super(ProcessEngineFactoryBean.class, SpringLiquibase.class);
    }
  }
}
