package io.leansuccess.usecase;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;

/**
 * A use case competing for a slot in the cycle: one carried over to iterate, or one newly
 * shortlisted.
 *
 * @param surveyPriority the customer's survey rank, 1 being most wanted; null when not surveyed
 * @param demonstrableValue the value it can show, in the account's currency; null when unknown
 * @param addedAt when it entered the pipeline: older ones go first
 */
public record SelectionCandidate(
    String useCaseId,
    boolean carriedOver,
    Integer surveyPriority,
    BigDecimal demonstrableValue,
    Instant addedAt) {

  /**
   * Carried over first, then survey priority, then demonstrable value, then age in the pipeline.
   */
  static final Comparator<SelectionCandidate> PRIORITY =
      Comparator.comparing(SelectionCandidate::carriedOver, Comparator.reverseOrder())
          .thenComparing(
              SelectionCandidate::surveyPriority, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(
              SelectionCandidate::demonstrableValue,
              Comparator.nullsLast(Comparator.reverseOrder()))
          .thenComparing(SelectionCandidate::addedAt)
          .thenComparing(SelectionCandidate::useCaseId);

  public boolean outranks(SelectionCandidate other) {
    return PRIORITY.compare(this, other) < 0;
  }
}
