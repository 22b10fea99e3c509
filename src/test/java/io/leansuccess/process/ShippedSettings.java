package io.leansuccess.process;

import io.leansuccess.engine.EngineClock;
import io.leansuccess.health.HealthProperties;
import io.leansuccess.onboarding.OnboardingProperties;
import io.leansuccess.retention.RetentionProperties;
import io.leansuccess.timing.BusinessDays;
import io.leansuccess.timing.ProcessTiming;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * The settings the product ships, as the BPMN reads them ({@code ${timing.allowed('SetVision')}},
 * {@code ${onboarding.launchPeriod}}, ...): the real settings classes with their defaults in code,
 * bound to {@code lean-success.yaml} as the application binds them. No Spring context starts: only
 * Spring Boot's binder reads the file, so a changed default in either place changes the tests too.
 */
public final class ShippedSettings {

  private static final Binder SHIPPED =
      new Binder(ConfigurationPropertySources.from(shippedConfiguration()));

  private ShippedSettings() {}

  public static BusinessDays calendar() {
    return bound("lean-success.calendar", new BusinessDays());
  }

  public static ProcessTiming timing() {
    return bound("lean-success.timing", new ProcessTiming(calendar(), new EngineClock()));
  }

  public static OnboardingProperties onboarding() {
    return bound("lean-success.onboarding", new OnboardingProperties());
  }

  public static HealthProperties health() {
    return bound("lean-success.health", new HealthProperties());
  }

  public static RetentionProperties retention() {
    return bound("lean-success.retention", new RetentionProperties());
  }

  public static io.leansuccess.renewal.RenewalProperties renewal() {
    return bound("lean-success.renewal", new io.leansuccess.renewal.RenewalProperties());
  }

  private static <T> T bound(String prefix, T defaults) {
    return SHIPPED.bind(prefix, Bindable.ofInstance(defaults)).orElse(defaults);
  }

  private static List<PropertySource<?>> shippedConfiguration() {
    try {
      return new ArrayList<>(
          new YamlPropertySourceLoader()
              .load("lean-success.yaml", new ClassPathResource("lean-success.yaml")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
