package io.leansuccess.operations;

import io.leansuccess.decision.Decision;
import io.leansuccess.decision.DecisionService;
import io.leansuccess.decision.RulesVersion;
import io.leansuccess.decision.UnknownDecisionException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Every decision the rules make, counted by decision name, and the time each call to the rules took
 * (one call judges one subject, or a whole chunk of accounts).
 */
class MeteredDecisionService implements DecisionService {

  private final DecisionService decisions;
  private final MeterRegistry registry;

  MeteredDecisionService(DecisionService decisions, MeterRegistry registry) {
    this.decisions = decisions;
    this.registry = registry;
  }

  @Override
  public Decision evaluate(String decisionName, Collection<?> facts) {
    return measured(decisionName, 1, () -> decisions.evaluate(decisionName, facts));
  }

  @Override
  public List<Decision> evaluateEach(String decisionName, List<? extends Collection<?>> factSets) {
    return measured(
        decisionName, factSets.size(), () -> decisions.evaluateEach(decisionName, factSets));
  }

  @Override
  public Optional<RulesVersion> latestVersion(String decisionName) {
    return decisions.latestVersion(decisionName);
  }

  @Override
  public List<RulesVersion> deployedDecisions() {
    return decisions.deployedDecisions();
  }

  private <T> T measured(String decisionName, int subjects, Supplier<T> evaluation) {
    Timer.Sample sample = Timer.start(registry);
    String outcome = "error";
    String decision = decisionName;
    try {
      T result = evaluation.get();
      outcome = "success";
      Counter.builder("leansuccess.decisions.evaluated")
          .description("Decisions the rules made, by decision")
          .tag("decision", decisionName)
          .register(registry)
          .increment(subjects);
      return result;
    } catch (UnknownDecisionException e) {
      // a name nobody deployed is not a series of its own: callers may send any name
      decision = "unknown";
      throw e;
    } finally {
      sample.stop(
          Timer.builder("leansuccess.decisions.evaluation")
              .description(
                  "Time of one call to the rules (one subject or a chunk of them), by decision")
              .tag("decision", decision)
              .tag("outcome", outcome)
              .register(registry));
    }
  }
}
