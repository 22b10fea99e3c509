package io.leansuccess.pages;

import io.leansuccess.LeanSuccessProperties;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The security headers, then the login check, in front of every page (not in front of /webjars: a
 * public library).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PagesProperties.class)
class PagesConfiguration {

  @Bean
  FilterRegistrationBean<PagesAuthenticationFilter> pagesAuthenticationFilter(
      ProcessEngine engine, LeanSuccessProperties properties) {
    var registration =
        new FilterRegistrationBean<>(new PagesAuthenticationFilter(engine, properties));
    registration.addUrlPatterns("/pages/*");
    registration.setName("leanSuccessPagesAuthentication");
    return registration;
  }

  /** Before the login check, so its 401 carries the headers too. */
  @Bean
  FilterRegistrationBean<PageHeadersFilter> pageHeadersFilter() {
    var registration = new FilterRegistrationBean<>(new PageHeadersFilter());
    registration.addUrlPatterns("/pages/*");
    registration.setName("leanSuccessPageHeaders");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }
}
