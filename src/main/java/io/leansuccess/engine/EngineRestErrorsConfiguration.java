package io.leansuccess.engine;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Camunda's REST API on {@code /engine-rest} answers errors through {@link EngineRestErrors}, the
 * API of Camunda's webapps through {@link WebappApiErrors}.
 */
@Configuration(proxyBeanMethods = false)
public class EngineRestErrorsConfiguration {

  @Bean
  @ConditionalOnClass(CamundaJerseyResourceConfig.class)
  ResourceConfigCustomizer engineRestErrors() {
    return config ->
        config
            .register(EngineRestErrors.AnyException.class)
            .register(EngineRestErrors.EngineException.class)
            .register(EngineRestErrors.ResourceException.class);
  }

  @Bean
  @ConditionalOnClass(
      name = "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration")
  @ConditionalOnProperty(prefix = "camunda.bpm.webapp", name = "enabled", matchIfMissing = true)
  FilterRegistrationBean<WebappApiErrors> webappApiErrors(Environment environment) {
    String path = environment.getProperty("camunda.bpm.webapp.application-path", "/camunda");
    var registration = new FilterRegistrationBean<>(new WebappApiErrors());
    registration.setName("lean-success-webapp-api-errors");
    registration.addUrlPatterns(path.replaceAll("/+$", "") + "/api/*");
    return registration;
  }
}
