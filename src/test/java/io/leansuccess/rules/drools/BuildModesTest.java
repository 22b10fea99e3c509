package io.leansuccess.rules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.leansuccess.decision.Decision;
import io.leansuccess.decision.RulesVersion;
import io.leansuccess.support.ShippedRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.drools.compiler.compiler.JavaDialectConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kie.memorycompiler.JavaConfiguration;

/**
 * Every DRL in {@code rules/} also builds as Drools' executable model, the build Drools 10
 * recommends over the classic one the product ships (docs/benchmarks.md §1), and explains itself
 * alike: the policies it inserts when nothing is configured, the rules that fired, and the facts as
 * the decision log stores them (type and JSON), but one: Drools 10.2.0's executable model does not
 * build {@code HealthEscalation.drl} (the Java it generates for {@code openHowToTickets >=
 * openTickets * $share} does not compile), which is one more reason the product stays classic.
 * Shortlisting, which inserts nothing without a candidate, is compared on real candidates by {@code
 * DecisionsSmokeTest}.
 */
class BuildModesTest {

  private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();

  /** Shipped DRL that Drools' executable model cannot build (docs/benchmarks.md §1). */
  private static final Set<String> NOT_AN_EXECUTABLE_MODEL = Set.of("HealthEscalation");

  static Stream<String> shippedDecisions() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("rules"))) {
      return files
          .map(file -> file.getFileName().toString())
          .filter(RuleSetCompiler::isRuleSet)
          .map(RuleSetCompiler::decisionNameOf)
          .filter(decision -> !NOT_AN_EXECUTABLE_MODEL.contains(decision))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("shippedDecisions")
  void shouldExplainADecisionAlikeInBothBuildModes(String decisionName) {
    Decision classic = ShippedRules.compile(decisionName).evaluate(List.of());
    Decision executableModel = executableModelOf(decisionName).evaluate(List.of());

    assertThat(executableModel.policies()).isEqualTo(classic.policies());
    assertThat(executableModel.firedRules()).isEqualTo(classic.firedRules());
    assertThat(logged(executableModel)).isEqualTo(logged(classic));
  }

  /** When a Drools upgrade builds it, it belongs with the others above (and the docs change). */
  @Test
  void shouldStillFailToBuildHealthEscalationAsAnExecutableModel() {
    assertThatThrownBy(() -> executableModelOf("HealthEscalation"))
        .hasMessageContaining("_this cannot be resolved");
  }

  private static CompiledRules executableModelOf(String decisionName) {
    return ExecutableModelRules.compile(
        new RulesVersion(
            decisionName, "d1", "rules/", Instant.EPOCH, "rules/" + decisionName + ".drl"),
        ShippedRules.text(decisionName),
        ShippedRules.SHIPPED_POOLED_SESSIONS);
  }

  /**
   * The image runs on a JRE (deployment/Dockerfile), which has no javac: Java in the rules (and all
   * of the executable model) must be compiled by ECJ, which Drools picks when it is on the class
   * path.
   */
  @Test
  void shouldCompileJavaWithEcjSoThatAJreIsEnough() {
    assertThat(JavaDialectConfiguration.getDefaultCompilerType())
        .isEqualTo(JavaConfiguration.CompilerType.ECLIPSE);
  }

  /** As {@code DecisionLog} stores a decision's facts: each fact's type and its JSON. */
  private static List<String> logged(Decision decision) {
    return decision.facts().stream()
        .map(fact -> fact.getClass().getSimpleName() + " " + JSON.valueToTree(fact))
        .toList();
  }
}
