package io.leansuccess.support;

import io.leansuccess.LeanSuccessApplication;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the product once more, outside the shared test context, for what only a start can show (a
 * second start on the same schema, a profile that must refuse to start).
 */
public final class SecondApplication {

  private SecondApplication() {}

  public static ConfigurableApplicationContext start(
      String jdbcUrl, String profile, String... properties) {
    List<String> all =
        new ArrayList<>(
            List.of(
                "spring.config.name=" + LeanSuccessApplication.CONFIG_NAMES,
                "spring.datasource.url=" + jdbcUrl,
                "spring.datasource.username=postgres",
                "spring.datasource.password=",
                "server.port=0",
                "management.server.port=0",
                // Camunda's webapps keep JVM-wide state that a second, closed webapp would leave
                // pointing
                // at its own engine, breaking the Tasklist login of the shared context
                "camunda.bpm.webapp.enabled=false",
                "camunda.bpm.job-execution.enabled=false",
                // engines register in a JVM-wide registry by name; closing a second "default"
                // engine would
                // unregister the shared test context's engine and leave its REST API without one
                "camunda.bpm.process-engine-name=second"));
    all.addAll(List.of(properties));
    // as command-line arguments: they win over the profile's own configuration files
    return new SpringApplicationBuilder(LeanSuccessApplication.class)
        .profiles(profile)
        .run(all.stream().map(property -> "--" + property).toArray(String[]::new));
  }
}
