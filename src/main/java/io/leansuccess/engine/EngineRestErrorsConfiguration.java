package io.leansuccess.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.util.function.SingletonSupplier;

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

  /**
   * A task completed through {@code /engine-rest} or the webapps' API (Tasklist) carries only its
   * form's fields ({@link TaskCompletionVariables}).
   */
  @Bean
  FilterRegistrationBean<TaskCompletionVariables> taskCompletionVariables(
      Environment environment, ObjectProvider<ProcessEngine> engine, TaskFormValidation forms) {
    var registration = new FilterRegistrationBean<>(new TaskCompletionVariables(engine, forms));
    registration.setName("lean-success-task-completion-variables");
    registration.addUrlPatterns(engineApis(environment));
    afterAuthentication(registration);
    return registration;
  }

  /**
   * The product's processes start through the product, not bare through {@code /engine-rest} or
   * Tasklist ({@link ProductProcessStarts}).
   */
  @Bean
  FilterRegistrationBean<ProductProcessStarts> productProcessStarts(
      Environment environment, ObjectProvider<ProcessEngine> engine, ProductDeployment product) {
    var registration =
        new FilterRegistrationBean<>(
            new ProductProcessStarts(engine, SingletonSupplier.of(product::processKeys)));
    registration.setName("lean-success-product-process-starts");
    registration.addUrlPatterns(engineApis(environment));
    afterAuthentication(registration);
    return registration;
  }

  /**
   * Behind the authentication of {@code /engine-rest} (ordered ahead) and of the webapps (Camunda
   * maps its filters after the application's unless told otherwise): the filter sees the caller.
   */
  private static void afterAuthentication(FilterRegistrationBean<?> registration) {
    registration.setOrder(Ordered.LOWEST_PRECEDENCE);
    registration.setMatchAfter(true);
  }

  /** {@code /engine-rest} and the webapps' engine API, as the host configured them. */
  private static String[] engineApis(Environment environment) {
    String rest = environment.getProperty("spring.jersey.application-path", "/engine-rest");
    String webapp = environment.getProperty("camunda.bpm.webapp.application-path", "/camunda");
    return new String[] {
      rest.replaceAll("/+$", "") + "/*", webapp.replaceAll("/+$", "") + "/api/engine/*"
    };
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
