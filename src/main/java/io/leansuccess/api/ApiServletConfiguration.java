package io.leansuccess.api;

import org.camunda.bpm.engine.IdentityService;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Mounts our API on its own Jersey servlet at {@value #PATH}, beside Camunda's at {@code
 * /engine-rest}. Both beans are created while the web server starts, so they take nothing that
 * would start the process engine early.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiProperties.class)
public class ApiServletConfiguration {

  public static final String PATH = "/api/v1";

  @Bean
  ServletRegistrationBean<ServletContainer> leanSuccessApiServlet(ApiApplication application) {
    var registration =
        new ServletRegistrationBean<>(new ServletContainer(application.config()), PATH + "/*");
    registration.setName("leanSuccessApi");
    // start Jersey with the server, so a broken resource fails the start-up, not the first request
    registration.setLoadOnStartup(1);
    return registration;
  }

  @Bean
  FilterRegistrationBean<EngineAuthenticationCleanup> leanSuccessApiEngineAuthenticationCleanup(
      ObjectProvider<IdentityService> identityService) {
    var registration =
        new FilterRegistrationBean<>(new EngineAuthenticationCleanup(identityService));
    registration.addUrlPatterns(PATH + "/*");
    return registration;
  }
}
