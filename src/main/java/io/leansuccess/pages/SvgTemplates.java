package io.leansuccess.pages;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Templates under {@code templates/svg/} in Thymeleaf's XML mode. Spring Boot adds this resolver to
 * its template engine beside the HTML one; the pattern keeps each to its own templates.
 */
@Configuration(proxyBeanMethods = false)
class SvgTemplates {

  @Bean
  ClassLoaderTemplateResolver svgTemplateResolver() {
    var resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/");
    resolver.setSuffix(".svg");
    resolver.setTemplateMode(TemplateMode.XML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.getResolvablePatternSpec().addPattern("svg/*");
    // before Spring Boot's HTML resolver, which would claim any name
    resolver.setOrder(0);
    resolver.setCheckExistence(true);
    return resolver;
  }
}
