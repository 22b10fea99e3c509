package io.leansuccess.decision;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates the latest deployed rules of a decision. Domain code depends on this interface only, so
 * neither Drools nor Camunda leaks into it.
 */
public interface DecisionService {

  /**
   * Fires the latest rules of {@code decisionName} on the given facts, in a fresh working memory.
   *
   * @throws UnknownDecisionException when no deployment holds rules of that name
   */
  Decision evaluate(String decisionName, Collection<?> facts);

  /**
   * Fires the latest rules of {@code decisionName} once per fact set, each in a fresh working
   * memory. The version is looked up once, so a run over many subjects (a chunk of accounts) is
   * judged by one version of the rules and costs no database round trip per subject.
   *
   * @return one decision per fact set, in the same order
   * @throws UnknownDecisionException when no deployment holds rules of that name
   */
  List<Decision> evaluateEach(String decisionName, List<? extends Collection<?>> factSets);

  /** The rules the next evaluation of {@code decisionName} would use. */
  Optional<RulesVersion> latestVersion(String decisionName);

  /** The latest rules of every deployed decision, by decision name. */
  List<RulesVersion> deployedDecisions();
}
