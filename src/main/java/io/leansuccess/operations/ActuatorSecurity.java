package io.leansuccess.operations;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.actuate.autoconfigure.endpoint.web.WebEndpointProperties;
import org.springframework.boot.actuate.autoconfigure.web.ManagementContextConfiguration;
import org.springframework.boot.actuate.autoconfigure.web.ManagementContextType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;

/**
 * Puts {@link ActuatorAuthenticationFilter} in front of the actuator endpoints, in the management
 * server's own context when it has a port of its own (the product's default), in the main one
 * otherwise. Listed in {@code META-INF/spring/...ManagementContextConfiguration.imports}.
 */
@ManagementContextConfiguration(value = ManagementContextType.ANY, proxyBeanMethods = false)
class ActuatorSecurity {

  @Bean
  FilterRegistrationBean<ActuatorAuthenticationFilter> actuatorAuthenticationFilter(
      ProcessEngine engine, WebEndpointProperties endpoints) {
    String basePath = endpoints.getBasePath().replaceAll("/+$", "");
    var registration =
        new FilterRegistrationBean<>(new ActuatorAuthenticationFilter(engine, basePath));
    registration.addUrlPatterns(basePath.isEmpty() ? "/*" : basePath + "/*");
    registration.setName("leanSuccessActuatorAuthentication");
    return registration;
  }
}
