package io.leansuccess.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.core.type.filter.RegexPatternTypeFilter;
import org.springframework.stereotype.Component;

/**
 * Every service task type the plugin offers is in Camunda Modeler's menu as an element template,
 * and every template calls a delegate that exists. The templates' JSON schema is checked in the
 * build by {@code src/test/bpmnlint/check-templates.mjs}.
 */
class ElementTemplatesTest {

  static final Path TEMPLATES = Path.of("processes/.camunda/element-templates/lean-success.json");

  @Test
  void shouldOfferATemplateForEveryDelegateOfThePlugin() throws Exception {
    assertThat(templatedBeans()).containsAll(delegateBeans());
  }

  @Test
  void shouldPointEveryTemplateAtAnExistingDelegate() throws Exception {
    assertThat(delegateBeans()).containsAll(templatedBeans());
  }

  private static Set<String> templatedBeans() throws IOException {
    Set<String> beans = new TreeSet<>();
    for (JsonNode template : new ObjectMapper().readTree(TEMPLATES.toFile())) {
      for (JsonNode property : template.path("properties")) {
        if ("camunda:delegateExpression".equals(property.at("/binding/name").asText())) {
          String expression = property.path("value").asText();
          beans.add(expression.substring(2, expression.length() - 1));
        }
      }
    }
    return beans;
  }

  private static Set<String> delegateBeans() throws ClassNotFoundException {
    var scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AssignableTypeFilter(JavaDelegate.class));
    // the benchmarks' no-op stand-in for every delegate is none of the plugin's
    scanner.addExcludeFilter(
        new RegexPatternTypeFilter(Pattern.compile("io\\.leansuccess\\.bench\\..*")));
    Set<String> beans = new TreeSet<>();
    for (var candidate : scanner.findCandidateComponents("io.leansuccess")) {
      Component component =
          Class.forName(candidate.getBeanClassName()).getAnnotation(Component.class);
      assertThat(component).as("%s is a Spring bean", candidate.getBeanClassName()).isNotNull();
      beans.add(component.value());
    }
    return beans;
  }
}
