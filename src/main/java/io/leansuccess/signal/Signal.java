package io.leansuccess.signal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One observation from an integration (product analytics, survey tool, ticketing, billing, CRM),
 * under the sender's event id so that a retried delivery is recognised.
 *
 * <p>Value and time are held as the database keeps them (no trailing zeros, microseconds), so a
 * signal read back equals the one received, and {@link #equals} tells a faithful repeat of an event
 * from a different payload under the same id.
 *
 * @param segmentKey the account's segment for {@link SignalKind.Scope#SEGMENT} kinds, else null
 * @param value the number observed, null for events that carry none (a ticket opened)
 * @param category a ticket's {@link SignalKind.TicketCategory}, else null
 * @param detail the sender's reference tying events together (ticket id, invoice number, feature
 *     name)
 */
public record Signal(
    String eventId,
    String accountId,
    SignalKind kind,
    String segmentKey,
    BigDecimal value,
    Instant occurredAt,
    String category,
    String detail) {

  private static final int MAX_PLAIN_DIGITS = 40;

  public Signal {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(occurredAt, "occurredAt");
    value = value == null ? null : plain(value);
    occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
  }

  /** A signal without category or detail, as usage and survey results come. */
  public Signal(
      String eventId,
      String accountId,
      SignalKind kind,
      String segmentKey,
      BigDecimal value,
      Instant occurredAt) {
    this(eventId, accountId, kind, segmentKey, value, occurredAt, null, null);
  }

  /**
   * 40, 40.0 and 40.0000 are one value; never written as 4E+1. A value far beyond any signal's
   * range (1E+1000000000) stays as it is, to be refused by its kind: written out, it would not fit
   * in memory.
   */
  private static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    long integerDigits = (long) stripped.precision() - stripped.scale();
    return stripped.scale() < 0 && integerDigits <= MAX_PLAIN_DIGITS
        ? stripped.setScale(0)
        : stripped;
  }
}
