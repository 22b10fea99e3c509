package io.leansuccess.engine;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Camunda's REST API has no authentication by default. We put HTTP Basic against the identity
 * service in front of it; the filter also sets the user on the engine, which is what makes
 * Camunda's authorization checks (e.g. who may deploy) apply to REST calls.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(ProcessEngineAuthenticationFilter.class)
@ConditionalOnProperty(
    prefix = "lean-success.security",
    name = "engine-rest-authentication",
    matchIfMissing = true)
public class EngineRestSecurity {

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter(
      org.springframework.core.env.Environment environment) {
    String path = environment.getProperty("spring.jersey.application-path", "/engine-rest");
    var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("lean-success-engine-rest-authentication");
    registration.addInitParameter(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns(path.replaceAll("/+$", "") + "/*");
    // ahead of the filters that act on the authenticated caller (EngineRestErrorsConfiguration)
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 100);
    return registration;
  }
}
