package io.leansuccess.signal;

import io.leansuccess.shared.InsertIfAbsent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
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

  private static final List<String> COLUMNS =
      List.of(
          "id",
          "account_id",
          "kind",
          "segment_key",
          "value",
          "occurred_at",
          "received_at",
          "category",
          "detail");

  private final JdbcClient jdbc;
  private final InsertIfAbsent inserts;

  public SignalRepository(JdbcClient jdbc, InsertIfAbsent inserts) {
    this.jdbc = jdbc;
    this.inserts = inserts;
  }

  /** Stores the signal unless its event id is known; see {@link #insertAll}. */
  public Insertion insert(Signal signal, Instant receivedAt) {
    return insertAll(List.of(signal), receivedAt).get(0);
  }

  /**
   * Stores each signal unless its event id is known, and says for each what it found. The primary
   * key decides, so concurrent deliveries of one event store it once, also inside a transaction on
   * PostgreSQL. Event ids go in sorted order: two batches that share events then wait for each
   * other instead of deadlocking.
   *
   * @return one insertion per signal, in the order given
   */
  public List<Insertion> insertAll(List<Signal> signals, Instant receivedAt) {
    List<Signal> sorted = signals.stream().sorted(Comparator.comparing(Signal::eventId)).toList();
    List<Object[]> rows = sorted.stream().map(signal -> row(signal, receivedAt)).toList();
    Set<Object> inserted = inserts.insert("ls_signal", "id", COLUMNS, rows);
    Set<String> storedNow = new HashSet<>(inserted.stream().map(String.class::cast).toList());
    Map<String, Signal> stored =
        findAll(
            signals.stream()
                .map(Signal::eventId)
                .filter(id -> !inserted.contains(id))
                .distinct()
                .toList());
    List<Insertion> insertions = new ArrayList<>(signals.size());
    for (Signal signal : signals) {
      // the first of several deliveries of one event in the same call is the one stored
      if (storedNow.remove(signal.eventId())) {
        insertions.add(Insertion.STORED);
        stored.put(signal.eventId(), signal);
      } else {
        insertions.add(compare(signal, stored.get(signal.eventId())));
      }
    }
    return insertions;
  }

  public Optional<Signal> find(String eventId) {
    return jdbc.sql("select * from ls_signal where id = ?")
        .param(eventId)
        .query(SignalRepository::map)
        .optional();
  }

  /**
   * The signal of this kind that occurred last, for a segment or, with a null segment key, for the
   * account as a whole. Of two that occurred at the same instant, the one received last wins.
   */
  public Optional<Signal> latest(String accountId, SignalKind kind, String segmentKey) {
    String segment = segmentKey == null ? "segment_key is null" : "segment_key = :segment";
    var query =
        jdbc.sql(
                "select * from ls_signal where account_id = :account and kind = :kind and "
                    + segment
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

  private Map<String, Signal> findAll(List<String> eventIds) {
    if (eventIds.isEmpty()) {
      return new HashMap<>();
    }
    return jdbc
        .sql("select * from ls_signal where id in (:ids)")
        .param("ids", eventIds)
        .query(SignalRepository::map)
        .list()
        .stream()
        .collect(Collectors.toMap(Signal::eventId, Function.identity(), (a, b) -> a, HashMap::new));
  }

  private static Object[] row(Signal signal, Instant receivedAt) {
    return new Object[] {
      signal.eventId(),
      signal.accountId(),
      signal.kind().name(),
      signal.segmentKey(),
      signal.value(),
      Timestamp.from(signal.occurredAt()),
      Timestamp.from(receivedAt),
      signal.category(),
      signal.detail()
    };
  }

  private static Insertion compare(Signal received, Signal stored) {
    if (stored == null) {
      throw new IllegalStateException(
          "Event " + received.eventId() + " was refused as known but is not stored");
    }
    return received.equals(stored) ? Insertion.REPEATED : Insertion.CONFLICTING;
  }

  private static Signal map(ResultSet row, int rowNumber) throws SQLException {
    return new Signal(
        row.getString("id"),
        row.getString("account_id"),
        SignalKind.valueOf(row.getString("kind")),
        row.getString("segment_key"),
        row.getBigDecimal("value"),
        row.getTimestamp("occurred_at").toInstant(),
        row.getString("category"),
        row.getString("detail"));
  }
}
