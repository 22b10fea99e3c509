package io.leansuccess.engine;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * The demo run: demo users with known passwords and the demo accounts. Only with {@code
 * lean-success.demo.enabled=true} (the app's {@code demo} profile); never in production.
 */
@AutoConfiguration(after = LeanSuccessAutoConfiguration.class)
@ConditionalOnProperty(prefix = "lean-success.demo", name = "enabled", havingValue = "true")
@ComponentScan(
    basePackages = "io.leansuccess.demo",
    excludeFilters = {
      @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
      @ComponentScan.Filter(type = FilterType.CUSTOM, classes = ConfiguredElsewhere.class)
    })
public class LeanSuccessDemoAutoConfiguration {}
