package io.leansuccess.rules.drools;

import java.util.List;
import java.util.stream.Collectors;

/** DRL that does not compile, with every compiler message, so all of them can be fixed at once. */
public class RulesCompilationException extends RuntimeException {

  private final List<CompilationProblem> problems;

  public RulesCompilationException(List<CompilationProblem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  public List<CompilationProblem> getProblems() {
    return problems;
  }

  static String describe(List<CompilationProblem> problems) {
    return problems.stream()
        .map(CompilationProblem::toString)
        .collect(Collectors.joining("\n", "The rules do not compile:\n", ""));
  }
}
