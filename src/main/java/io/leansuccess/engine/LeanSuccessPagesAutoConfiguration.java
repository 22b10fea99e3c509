package io.leansuccess.engine;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.stereotype.Controller;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * The pages under {@code /pages} (portfolio, QBR, success stories, rule simulations): Spring MVC
 * controllers and Thymeleaf templates behind the Camunda login. Off with {@code
 * lean-success.pages.enabled=false}; the API still serves the success plan's page and PDF.
 */
@AutoConfiguration(after = LeanSuccessAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(SpringTemplateEngine.class)
@ConditionalOnProperty(prefix = "lean-success.pages", name = "enabled", matchIfMissing = true)
@ComponentScan(
    basePackages = LeanSuccessPagesAutoConfiguration.PAGES_PACKAGE,
    excludeFilters = {
      @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
      @ComponentScan.Filter(type = FilterType.CUSTOM, classes = ConfiguredElsewhere.class)
    })
// a feature's own page (the rule simulations') sits in its feature package
@ComponentScan(
    basePackages = LeanSuccessAutoConfiguration.OUR_PACKAGE,
    useDefaultFilters = false,
    includeFilters =
        @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = Controller.class),
    excludeFilters =
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class))
public class LeanSuccessPagesAutoConfiguration {

  static final String PAGES_PACKAGE = "io.leansuccess.pages";
}
