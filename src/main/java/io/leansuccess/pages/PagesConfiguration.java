package io.leansuccess.pages;

import io.leansuccess.LeanSuccessProperties;
import io.leansuccess.sharing.SharingProperties;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The security headers, then the login check, in front of every page (not in front of /webjars: a
 * public library); the shared view ({@code /shared}) has the headers and its link instead of a
 * login.
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
    registration.addUrlPatterns("/pages/*", "/shared/*");
    registration.setName("leanSuccessPageHeaders");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  /** The shared view's own headers and request budget, after the pages' headers. */
  @Bean
  FilterRegistrationBean<SharedViewFilter> sharedViewFilter(SharingProperties settings) {
    var registration = new FilterRegistrationBean<>(new SharedViewFilter(settings));
    registration.addUrlPatterns("/shared/*");
    registration.setName("leanSuccessSharedView");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 11);
    return registration;
  }
}
