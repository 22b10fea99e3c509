package io.leansuccess.simulation;

import io.leansuccess.rules.drools.CompilationProblem;
import java.util.List;

/**
 * Candidate rules that cannot be simulated: each problem names its file, and its line and column
 * when compiling failed.
 */
public class CandidateRulesException extends RuntimeException {

  private final transient List<CompilationProblem> problems;

  CandidateRulesException(List<CompilationProblem> problems) {
    super(problems.size() + " problem(s) in the candidate rules");
    this.problems = List.copyOf(problems);
  }

  public List<CompilationProblem> problems() {
    return problems;
  }
}
