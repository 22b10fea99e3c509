package io.leansuccess.engine;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * The REST API under {@code /api/v1}: its Jersey servlet, HTTP Basic, error mapping, OpenAPI and
 * every feature's resources ({@code @Path}) and providers ({@code @Provider}). Off with {@code
 * lean-success.api.enabled=false}: the engine, its processes and rules keep running.
 */
@AutoConfiguration(after = LeanSuccessAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty(prefix = "lean-success.api", name = "enabled", matchIfMissing = true)
@ComponentScan(
    basePackages = LeanSuccessApiAutoConfiguration.API_PACKAGE,
    excludeFilters = {
      @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
      @ComponentScan.Filter(type = FilterType.CUSTOM, classes = ConfiguredElsewhere.class)
    })
@ComponentScan(
    basePackages = LeanSuccessAutoConfiguration.OUR_PACKAGE,
    useDefaultFilters = false,
    includeFilters =
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = JaxRsComponents.class),
    excludeFilters =
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class))
public class LeanSuccessApiAutoConfiguration {

  static final String API_PACKAGE = "io.leansuccess.api";
}
