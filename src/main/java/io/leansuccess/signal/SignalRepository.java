package io.leansuccess.signal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Signals in {@code ls_signal}, stored once per event id. */
@Repository
public class SignalRepository {

  /** What storing a signal found under its event id. */
  public enum Insertion {
    /** Nothing: the signal is stored now. */
    STORED,
    /** The same signal: a retried delivery, nothing changed. */
    REPEATED,
    /** Another signal: nothing changed, and the sender has a problem to look at. */
    CONFLICTING
  }

  private final JdbcClient jdbc;

  public SignalRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Stores the signal unless its event id is known. Call it outside a transaction: a concurrent
   * delivery of the same event is caught by the primary key and then compared like any repeat,
   * which PostgreSQL only allows once the failed insert is not part of a larger transaction.
   */
  public Insertion insert(Signal signal, Instant receivedAt) {
    Optional<Signal> stored = find(signal.eventId());
    if (stored.isPresent()) {
      return compare(signal, stored.get());
    }
    try {
      jdbc.sql("""
              insert into ls_signal (id, account_id, kind, segment_key, value, occurred_at, received_at)
              values (?, ?, ?, ?, ?, ?, ?)""")
          .params(signal.eventId(), signal.accountId(), signal.kind().name(), signal.segmentKey(), signal.value(),
              Timestamp.from(signal.occurredAt()), Timestamp.from(receivedAt))
          .update();
      return Insertion.STORED;
    } catch (DuplicateKeyException concurrentDelivery) {
      return compare(signal, find(signal.eventId()).orElseThrow(() -> concurrentDelivery));
    }
  }

  public Optional<Signal> find(String eventId) {
    return jdbc.sql("select * from ls_signal where id = ?").param(eventId).query(SignalRepository::map).optional();
  }

  /**
   * The signal of this kind that occurred last, for a segment or, with a null segment key, for
   * the account as a whole. Of two that occurred at the same instant, the one received last wins.
   */
  public Optional<Signal> latest(String accountId, SignalKind kind, String segmentKey) {
    String segment = segmentKey == null ? "segment_key is null" : "segment_key = :segment";
    var query = jdbc.sql("select * from ls_signal where account_id = :account and kind = :kind and " + segment
            + " order by occurred_at desc, received_at desc, id desc limit 1")
        .param("account", accountId)
        .param("kind", kind.name());
    if (segmentKey != null) {
      query = query.param("segment", segmentKey);
    }
    return query.query(SignalRepository::map).optional();
  }

  /** The account's latest net promoter score, empty when it was never surveyed. */
  public Optional<Integer> latestNps(String accountId) {
    return latest(accountId, SignalKind.NPS, null).map(signal -> signal.value().intValueExact());
  }

  private static Insertion compare(Signal received, Signal stored) {
    return received.equals(stored) ? Insertion.REPEATED : Insertion.CONFLICTING;
  }

  private static Signal map(ResultSet row, int rowNumber) throws SQLException {
    return new Signal(row.getString("id"), row.getString("account_id"), SignalKind.valueOf(row.getString("kind")),
        row.getString("segment_key"), row.getBigDecimal("value"), row.getTimestamp("occurred_at").toInstant());
  }
}
