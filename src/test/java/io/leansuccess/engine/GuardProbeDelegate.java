package io.leansuccess.engine;

import org.springframework.stereotype.Component;

/**
 * Stands for a delegate of a test process that evaluates the test decision {@code GuardProbe}:
 * the removal guard reads only {@link EvaluatesDecision}, and the test process never reaches it.
 * Not a {@code JavaDelegate}, so Modeler's templates need not offer it.
 */
@Component("evaluateGuardProbe")
class GuardProbeDelegate implements EvaluatesDecision {

  static final String DECISION = "GuardProbe";

  @Override
  public String decisionName() {
    return DECISION;
  }
}
