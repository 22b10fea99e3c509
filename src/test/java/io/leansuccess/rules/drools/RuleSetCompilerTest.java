package io.leansuccess.rules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.list;

import io.leansuccess.decision.Decision;
import io.leansuccess.decision.RulesVersion;
import io.leansuccess.support.ShippedRules;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleSetCompilerTest {

  private final RuleSetCompiler compiler =
      new RuleSetCompiler(getClass().getClassLoader(), ShippedRules.SHIPPED_POOLED_SESSIONS);

  @Test
  void shouldReportLineAndColumnWhenTheDrlHasASyntaxError() {
    String drl =
        """
        package probe;

        rule "Broken"
        when
            String(this = = "a")
        then
        end
        """;

    assertThatThrownBy(() -> compiler.compile(version("rules/Broken.drl"), drl))
        .isInstanceOf(RulesCompilationException.class)
        .hasMessageContaining("rules/Broken.drl:5:16: [ERR 102] Line 5:16 mismatched input '='")
        .extracting(
            e -> ((RulesCompilationException) e).getProblems(), list(CompilationProblem.class))
        .first()
        .satisfies(
            problem -> {
              assertThat(problem.resourceName()).isEqualTo("rules/Broken.drl");
              assertThat(problem.line()).isEqualTo(5);
              assertThat(problem.column()).isEqualTo(16);
            });
  }

  @Test
  void shouldListEveryErrorWhenSeveralRulesAreWrong() {
    String drl =
        """
        package probe;

        rule "Unknown field"
        when
            String(nope == 1)
        then
        end

        rule "Bad consequence"
        when
            Integer()
        then
            int i = "not a number";
        end
        """;

    assertThatThrownBy(() -> compiler.compile(version("rules/TwoErrors.drl"), drl))
        .isInstanceOf(RulesCompilationException.class)
        .hasMessageContaining("rules/TwoErrors.drl:5:4: Unable to Analyse Expression nope == 1")
        .hasMessageContaining("rules/TwoErrors.drl:9:0: Rule Compilation error")
        .hasMessageContaining("cannot convert from String to int");
  }

  @Test
  void shouldReportTheResourceWhenAnImportCannotBeResolved() {
    String drl =
        """
        package probe;
        import io.leansuccess.NoSuchFact;
        rule "Uses it" when NoSuchFact() then end
        """;

    assertThatThrownBy(() -> compiler.compile(version("rules/BadImport.drl"), drl))
        .hasMessageContaining("rules/BadImport.drl:3:20: Unable to resolve ObjectType 'NoSuchFact'")
        .hasMessageContaining("Error importing : 'io.leansuccess.NoSuchFact'");
  }

  @Test
  void shouldFireRulesAndNameThemInFiringOrder() {
    String drl =
        """
        package probe;
        rule "First, because it is more important" salience 10
        when String(this == "question") then insert(Integer.valueOf(42)); end
        rule "Then the answer is known"
        when Integer(intValue == 42) then insert("answered"); end
        """;

    Decision decision =
        compiler.compile(version("rules/Probe.drl"), drl).evaluate(List.of("question"));

    assertThat(decision.decisionName()).isEqualTo("Probe");
    assertThat(decision.firedRules())
        .containsExactly("First, because it is more important", "Then the answer is known");
    assertThat(decision.factsOf(String.class)).containsExactlyInAnyOrder("question", "answered");
    assertThat(decision.single(Integer.class)).contains(42);
  }

  @Test
  void shouldStopARuleThatKeepsReactivatingItself() {
    String drl =
        """
        package probe;
        rule "Counts for ever"
        when $n : Integer() then insert(Integer.valueOf($n + 1)); end
        """;
    CompiledRules rules = compiler.compile(version("rules/Runaway.drl"), drl);

    assertThatThrownBy(() -> rules.evaluate(List.of(0)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("keeps re-activating itself");
  }

  @Test
  void shouldNameTheDecisionAfterTheFileWithoutFolderOrExtension() {
    assertThat(RuleSetCompiler.decisionNameOf("rules/UseCaseShortlisting.drl"))
        .isEqualTo("UseCaseShortlisting");
    assertThat(RuleSetCompiler.decisionNameOf("HealthEscalation.drl"))
        .isEqualTo("HealthEscalation");
  }

  @Test
  void shouldCountCompilationsButNotEvaluations() {
    CompiledRules rules = compiler.compile(version("rules/Counted.drl"), "package probe;");

    rules.evaluate(List.of("a"));
    rules.evaluate(List.of("b"));

    assertThat(compiler.compilations()).isEqualTo(1);
  }

  private static RulesVersion version(String resourceName) {
    return new RulesVersion(
        RuleSetCompiler.decisionNameOf(resourceName), "d-1", "test", Instant.now(), resourceName);
  }
}
