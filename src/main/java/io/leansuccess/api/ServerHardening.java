package io.leansuccess.api;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.startup.Tomcat;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Tomcat's answers to requests it refuses itself: {@link ApiErrorReportValve} replaces the error
 * report valve that Spring Boot (or Tomcat) puts on the host. Runs after Spring Boot's own
 * customizer, so its valve is already there to be replaced. And the body deadline on every path:
 * {@link BodyReadDeadline} while the application reads, {@link BodyDrainValve} for what it left.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(Tomcat.class)
class ServerHardening
    implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

  private final ApiProperties properties;

  ServerHardening(ApiProperties properties) {
    this.properties = properties;
  }

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    factory.addContextValves(new BodyDrainValve(properties::getBodyReadTimeout));
    factory.addContextCustomizers(
        context -> {
          if (context.getParent() instanceof StandardHost host) {
            for (Valve valve : host.getPipeline().getValves()) {
              if (valve instanceof ErrorReportValve) {
                host.getPipeline().removeValve(valve);
              }
            }
            host.setErrorReportValveClass(ApiErrorReportValve.class.getName());
            host.getPipeline().addValve(new ApiErrorReportValve());
          }
        });
  }

  /** First of all filters, so no other one reads a body before the deadline is set. */
  @Bean
  FilterRegistrationBean<BodyReadDeadline> bodyReadDeadline() {
    var registration = new FilterRegistrationBean<>(new BodyReadDeadline(properties));
    registration.addUrlPatterns("/*");
    registration.setName("leanSuccessBodyReadDeadline");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
