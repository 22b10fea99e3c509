package io.leansuccess.rules.drools;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansuccess.support.ShippedRules;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ForbiddenCallsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "HealthEscalation",
        "MaturityTransitions",
        "UseCaseOutcome",
        "UseCaseShortlisting"
      })
  void shouldFindNothingInTheShippedRules(String decision) {
    assertThat(ForbiddenCalls.in("rules/" + decision + ".drl", ShippedRules.text(decision)))
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "System.exit(1);",
        "java.lang.System.exit(1);",
        "Runtime.getRuntime().halt(1);",
        "new ProcessBuilder(\"sh\").start();",
        "Object o = String.class.getMethod(\"length\").invoke(\"x\");",
        "Class.forName(\"java.lang.Runtime\");",
        "\"x\".getClass();",
        "java.nio.file.Files.readString(null);",
        "new java . io . FileWriter(\"/tmp/x\");",
        "new Thread(() -> {}).start();"
      })
  void shouldRefuseACallOutOfTheRulesNamingItsLineAndColumn(String consequence) {
    String drl =
        "package probe;\n\nrule \"Leave\"\nwhen\n    String()\nthen\n    "
            + consequence
            + "\nend\n";

    List<CompilationProblem> problems = ForbiddenCalls.in("rules/Leave.drl", drl);

    assertThat(problems).isNotEmpty();
    assertThat(problems.get(0).line()).isEqualTo(7);
    assertThat(problems.get(0).column()).isGreaterThanOrEqualTo(4);
    assertThat(problems.get(0).text()).startsWith("names ").contains("which rules may not use");
  }

  @Test
  void shouldRefuseAnImportAndACallInACondition() {
    String drl =
        """
        package probe;
        import java.io.File;

        rule "Leave"
        when
            String(eval(System.exit(1) == null))
        then
        end
        """;

    assertThat(ForbiddenCalls.in("rules/Leave.drl", drl))
        .extracting(CompilationProblem::line, CompilationProblem::column)
        .contains(
            org.assertj.core.groups.Tuple.tuple(2, 7), org.assertj.core.groups.Tuple.tuple(6, 16));
  }

  @Test
  void shouldRefuseAUnicodeEscapeThatWouldHideACall() {
    String drl =
        "package probe;\nrule \"Leave\"\nwhen\nthen\n    String s = \"\\u0022; \\u0053ystem.exit(1); //\";\nend\n";

    assertThat(ForbiddenCalls.in("rules/Leave.drl", drl))
        .extracting(CompilationProblem::text)
        .anySatisfy(text -> assertThat(text).contains("unicode escape"));
  }

  @Test
  void shouldLeaveWordsInStringsAndCommentsAlone() {
    String drl =
        """
        package probe;
        // System.exit would end the JVM; /* File */
        rule "Runtime of a File of the System"
        when
            String(this == "System.exit(1) // see http://example.com")
        then
            /* Runtime */
        end
        """;

    assertThat(ForbiddenCalls.in("rules/Words.drl", drl)).isEmpty();
  }

  @Test
  void shouldRefuseACallAfterAStringThatLooksLikeAComment() {
    String drl =
        "package probe;\nrule \"Leave\"\nwhen\nthen\n    String s = \"http://x\"; System.exit(1);\nend\n";

    assertThat(ForbiddenCalls.in("rules/Leave.drl", drl))
        .extracting(CompilationProblem::line)
        .containsOnly(5);
  }
}
