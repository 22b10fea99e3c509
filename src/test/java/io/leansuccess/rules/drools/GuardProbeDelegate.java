package io.leansuccess.rules.drools;

import io.leansuccess.decision.EvaluatesDecision;
import org.springframework.boot.test.context.TestComponent;

/**
 * Stands for a delegate of a test process that evaluates the test decision {@code GuardProbe}: the
 * removal guard reads only {@link EvaluatesDecision}, and the test process never reaches it. Not a
 * {@code JavaDelegate}, so Modeler's templates need not offer it.
 */
@TestComponent("evaluateGuardProbe")
public class GuardProbeDelegate implements EvaluatesDecision {

  public static final String DECISION = "GuardProbe";

  @Override
  public String decisionName() {
    return DECISION;
  }
}
