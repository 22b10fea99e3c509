package io.leansuccess.signal;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What a signal measures, whether it belongs to a segment or to the whole account, and which
 * values make sense for it. Usage comes first ("use before value"); the health feature adds its
 * kinds here (tickets, communications, invoices, ARR, renewals) and ingestion, storage and the
 * API take them without further change.
 */
public enum SignalKind {

  /**
   * Distinct users active in the period, per segment: set against the segment's licensed users.
   * The maturity rules count them as an {@code int}, hence the upper bound.
   */
  ACTIVE_USERS(Scope.SEGMENT, Values.wholeNumbers(0, Integer.MAX_VALUE)),

  /** Net promoter score of the account's latest survey. */
  NPS(Scope.ACCOUNT, Values.wholeNumbers(-100, 100));

  /** Where a signal of a kind belongs. */
  public enum Scope {
    /** Needs the key of one of the account's segments. */
    SEGMENT,
    /** About the whole account: a segment key would be misleading, so it is refused. */
    ACCOUNT
  }

  private final Scope scope;
  private final Values values;

  SignalKind(Scope scope, Values values) {
    this.scope = scope;
    this.values = values;
  }

  public Scope scope() {
    return scope;
  }

  /** Why {@code value} cannot be a signal of this kind, or empty when it can. */
  public Optional<String> problemWith(BigDecimal value) {
    return values.problemWith(value);
  }

  /**
   * Allowed values. {@code ls_signal.value} is {@code numeric(19,4)}: a value with more decimals
   * would be rounded on the way in, and a faithful repeat of it would then look like a conflict.
   */
  record Values(BigDecimal min, BigDecimal max, boolean whole) {

    static final int MAX_SCALE = 4;
    static final BigDecimal LIMIT = new BigDecimal("1E15");

    static Values wholeNumbers(Integer min, Integer max) {
      return new Values(min == null ? null : BigDecimal.valueOf(min), max == null ? null : BigDecimal.valueOf(max), true);
    }

    Optional<String> problemWith(BigDecimal value) {
      if (whole && value.stripTrailingZeros().scale() > 0) {
        return Optional.of("must be a whole number");
      }
      if (value.stripTrailingZeros().scale() > MAX_SCALE) {
        return Optional.of("must have at most " + MAX_SCALE + " decimal places");
      }
      if (min != null && value.compareTo(min) < 0 || max != null && value.compareTo(max) > 0) {
        return Optional.of(max == null ? "must be at least " + min
            : min == null ? "must be at most " + max : "must be between " + min + " and " + max);
      }
      if (value.abs().compareTo(LIMIT) >= 0) {
        return Optional.of("must be less than " + LIMIT.toPlainString() + " in magnitude");
      }
      return Optional.empty();
    }
  }
}
