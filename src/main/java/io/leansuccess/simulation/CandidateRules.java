package io.leansuccess.simulation;

import io.leansuccess.decision.RulesVersion;
import io.leansuccess.rules.drools.CompilationProblem;
import io.leansuccess.rules.drools.CompiledRules;
import io.leansuccess.rules.drools.RuleSetCompiler;
import io.leansuccess.rules.drools.RulesCompilationException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * Compiles candidate DRL files the way a deployment would, without deploying them: the same
 * compiler, the same naming (a decision is named after its file), nothing stored.
 */
@Component
class CandidateRules {

  /** The deployment id candidate rules report in their decisions: they belong to none. */
  static final String CANDIDATE = "candidate";

  private final RuleSetCompiler compiler;
  private final Clock clock;

  CandidateRules(RuleSetCompiler compiler, Clock clock) {
    this.compiler = compiler;
    this.clock = clock;
  }

  /**
   * @param simulated the decisions a simulation can evaluate
   * @return the compiled candidate of each decision, by decision name
   * @throws CandidateRulesException listing every problem of every file
   */
  Map<String, CompiledRules> compile(Map<String, String> files, Collection<String> simulated) {
    List<CompilationProblem> problems = new ArrayList<>();
    Map<String, CompiledRules> compiled = new TreeMap<>();
    if (files == null || files.isEmpty()) {
      throw new CandidateRulesException(
          List.of(
              new CompilationProblem(
                  "files",
                  0,
                  CompilationProblem.UNKNOWN_COLUMN,
                  "at least one candidate DRL file is needed, by resource name (rules/HealthEscalation.drl)")));
    }
    files.forEach(
        (resource, drl) -> {
          String decision = RuleSetCompiler.decisionNameOf(resource);
          if (!RuleSetCompiler.isRuleSet(resource) || !simulated.contains(decision)) {
            problems.add(
                new CompilationProblem(
                    resource,
                    0,
                    CompilationProblem.UNKNOWN_COLUMN,
                    "not a decision a simulation evaluates; a file is named after its decision: "
                        + String.join(
                            ", ",
                            simulated.stream()
                                .map(name -> "rules/" + name + ".drl")
                                .sorted()
                                .toList())));
          } else if (compiled.containsKey(decision)) {
            problems.add(
                new CompilationProblem(
                    resource,
                    0,
                    CompilationProblem.UNKNOWN_COLUMN,
                    "decision " + decision + " is given twice"));
          } else if (drl == null || drl.isBlank()) {
            problems.add(
                new CompilationProblem(
                    resource, 0, CompilationProblem.UNKNOWN_COLUMN, "the file is empty"));
          } else {
            try {
              compiled.put(
                  decision,
                  compiler.compileSubmitted(
                      new RulesVersion(decision, CANDIDATE, CANDIDATE, clock.instant(), resource),
                      drl));
            } catch (RulesCompilationException e) {
              problems.addAll(e.getProblems());
            }
          }
        });
    if (!problems.isEmpty()) {
      throw new CandidateRulesException(problems);
    }
    return compiled;
  }
}
