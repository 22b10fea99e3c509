package io.leansuccess.decision;

/**
 * A delegate that evaluates a decision. BPMN names delegates, not decisions; this is how the rule
 * history knows that a running process still needs a decision, and refuses to remove it.
 */
public interface EvaluatesDecision {

  /** The decision it evaluates, e.g. {@code UseCaseShortlisting}. */
  String decisionName();
}
