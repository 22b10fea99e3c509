package io.leansuccess;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * The runnable product: nothing but the plugin's auto-configuration and our own configuration files
 * ({@code lean-success*.yaml}), so the app and an embedding host run the same code.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class LeanSuccessApplication {

  /** Our configuration files, read before any {@code application.yaml} an operator adds. */
  public static final String CONFIG_NAMES = "lean-success,application";

  public static void main(String[] args) {
    SpringApplication application = new SpringApplication(LeanSuccessApplication.class);
    application.setDefaultProperties(java.util.Map.of("spring.config.name", CONFIG_NAMES));
    application.run(args);
  }
}
