package io.leansuccess.engine;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates the latest deployed rules of a decision. Domain code depends on this interface only,
 * so neither Drools nor Camunda leaks into it.
 */
public interface DecisionService {

  /**
   * Fires the latest rules of {@code decisionName} on the given facts, in a fresh working memory.
   *
   * @throws UnknownDecisionException when no deployment holds rules of that name
   */
  Decision evaluate(String decisionName, Collection<?> facts);

  /** The rules the next evaluation of {@code decisionName} would use. */
  Optional<RulesVersion> latestVersion(String decisionName);

  /** The latest rules of every deployed decision, by decision name. */
  List<RulesVersion> deployedDecisions();
}
