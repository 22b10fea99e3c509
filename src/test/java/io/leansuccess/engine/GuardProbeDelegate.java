package io.leansuccess.engine;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A delegate of a test process evaluating the test decision {@code GuardProbe}, as ours evaluate theirs. */
@Component("evaluateGuardProbe")
class GuardProbeDelegate implements JavaDelegate, EvaluatesDecision {

  static final String DECISION = "GuardProbe";

  private final DecisionService decisions;

  GuardProbeDelegate(DecisionService decisions) {
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    decisions.evaluate(DECISION, List.of("question"));
  }

  @Override
  public String decisionName() {
    return DECISION;
  }
}
