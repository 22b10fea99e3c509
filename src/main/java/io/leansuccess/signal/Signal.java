package io.leansuccess.signal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One observation from an integration (product analytics, survey tool, later ticketing and
 * billing), under the sender's event id so that a retried delivery is recognised.
 *
 * <p>Value and time are held as the database keeps them (no trailing zeros, microseconds), so
 * a signal read back equals the one received, and {@link #equals} tells a faithful repeat of an
 * event from a different payload under the same id.
 *
 * @param segmentKey the account's segment for {@link SignalKind.Scope#SEGMENT} kinds, else null
 */
public record Signal(
    String eventId, String accountId, SignalKind kind, String segmentKey, BigDecimal value, Instant occurredAt) {

  public Signal {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(occurredAt, "occurredAt");
    value = plain(value);
    occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
  }

  /** 40, 40.0 and 40.0000 are one value; never written as 4E+1. */
  private static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
