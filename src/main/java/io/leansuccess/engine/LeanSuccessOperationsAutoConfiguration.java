package io.leansuccess.engine;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * What an operator watches: the health indicators of the probes ({@code engine}, {@code jobs},
 * {@code schema}) and the product's metrics; needs Actuator and Micrometer. Off with {@code
 * lean-success.operations.enabled=false}.
 */
@AutoConfiguration(after = LeanSuccessAutoConfiguration.class)
@ConditionalOnProperty(prefix = "lean-success.operations", name = "enabled", matchIfMissing = true)
@ComponentScan(
    basePackages = "io.leansuccess.operations",
    excludeFilters = {
      @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
      @ComponentScan.Filter(type = FilterType.CUSTOM, classes = ConfiguredElsewhere.class)
    })
public class LeanSuccessOperationsAutoConfiguration {}
