package io.leansuccess.maturity;

import io.leansuccess.shared.TransactionReads;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Maturity per segment ({@code ls_segment_maturity}), its history ({@code ls_maturity_transition})
 * and the adopted use cases the rules count. A segment never evaluated is at level 1.
 */
@Repository
public class MaturityRepository {

  static final int LAUNCH = 1;

  /**
   * Where a segment stands between cycles.
   *
   * @param evaluatedCycleId the cycle whose transitions were last applied, null before the first
   */
  public record State(int level, int missedFloorCycles, String evaluatedCycleId) {
    static final State NEVER_EVALUATED = new State(LAUNCH, 0, null);
  }

  private static final Set<String> MATURITY = Set.of("ls_segment_maturity");

  private final JdbcClient jdbc;
  private final TransactionReads reads;

  public MaturityRepository(JdbcClient jdbc, TransactionReads reads) {
    this.jdbc = jdbc;
    this.reads = reads;
  }

  /** The segment's level; read once a transaction, with its state. */
  public int levelOf(String accountId, String segmentKey) {
    if (segmentKey == null) {
      return LAUNCH;
    }
    return storedState(accountId, segmentKey).map(State::level).orElse(LAUNCH);
  }

  /** The segment's state; read once a transaction. */
  public State stateOf(String accountId, String segmentKey) {
    return storedState(accountId, segmentKey).orElse(State.NEVER_EVALUATED);
  }

  private Optional<State> storedState(String accountId, String segmentKey) {
    return reads.read(
        MATURITY,
        stateKey(accountId, segmentKey),
        () ->
            jdbc.sql(
                    """
                    select level, missed_floor_cycles, evaluated_cycle_id from ls_segment_maturity
                    where account_id = ? and segment_key = ?""")
                .params(accountId, segmentKey)
                .query(
                    (row, n) ->
                        new State(
                            row.getInt("level"),
                            row.getInt("missed_floor_cycles"),
                            row.getString("evaluated_cycle_id")))
                .optional());
  }

  /**
   * Stores the segment's state after applying {@code cycleId}, unless that cycle was applied
   * already: false then, and nothing changed. A concurrent run for the same cycle either waits for
   * this row and then finds the cycle applied, or fails on the primary key. A segment this
   * transaction read has no row to update, or has one, without asking again.
   */
  public boolean storeState(String accountId, String segmentKey, State state, Instant now) {
    Optional<Optional<State>> known = reads.kept(stateKey(accountId, segmentKey));
    reads.wrote("ls_segment_maturity");
    boolean stored =
        known.isPresent()
            ? storeKnowing(known.get(), accountId, segmentKey, state, now)
            : storeAsking(accountId, segmentKey, state, now);
    if (stored) {
      reads.put(MATURITY, stateKey(accountId, segmentKey), Optional.of(state));
    }
    return stored;
  }

  /** What this transaction read of the row decides between insert and update. */
  private boolean storeKnowing(
      Optional<State> stored, String accountId, String segmentKey, State state, Instant now) {
    if (stored.isEmpty()) {
      insert(accountId, segmentKey, state, now);
      return true;
    }
    return update(accountId, segmentKey, state, now) == 1;
  }

  /** Not read in this transaction: an update, and an insert if there was no row to update. */
  private boolean storeAsking(String accountId, String segmentKey, State state, Instant now) {
    if (update(accountId, segmentKey, state, now) == 1) {
      return true;
    }
    boolean exists =
        jdbc.sql(
                    "select count(*) from ls_segment_maturity where account_id = ? and segment_key = ?")
                .params(accountId, segmentKey)
                .query(Integer.class)
                .single()
            > 0;
    if (exists) {
      return false;
    }
    insert(accountId, segmentKey, state, now);
    return true;
  }

  private int update(String accountId, String segmentKey, State state, Instant now) {
    return jdbc.sql(
            """
            update ls_segment_maturity set level = ?, missed_floor_cycles = ?, evaluated_cycle_id = ?, updated_at = ?
            where account_id = ? and segment_key = ? and (evaluated_cycle_id is null or evaluated_cycle_id <> ?)""")
        .params(
            state.level(),
            state.missedFloorCycles(),
            state.evaluatedCycleId(),
            Timestamp.from(now),
            accountId,
            segmentKey,
            state.evaluatedCycleId())
        .update();
  }

  private void insert(String accountId, String segmentKey, State state, Instant now) {
    jdbc.sql(
            """
            insert into ls_segment_maturity (account_id, segment_key, level, missed_floor_cycles, evaluated_cycle_id, updated_at)
            values (?, ?, ?, ?, ?, ?)""")
        .params(
            accountId,
            segmentKey,
            state.level(),
            state.missedFloorCycles(),
            state.evaluatedCycleId(),
            Timestamp.from(now))
        .update();
  }

  public void insertTransition(MaturityTransition transition) {
    jdbc.sql(
            """
            insert into ls_maturity_transition (id, account_id, segment_key, from_level, to_level, cycle_id,
              decision_id, transitioned_at)
            values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            transition.id(),
            transition.accountId(),
            transition.segmentKey(),
            transition.fromLevel(),
            transition.toLevel(),
            transition.cycleId(),
            transition.decisionId(),
            Timestamp.from(transition.transitionedAt()))
        .update();
  }

  private static Object stateKey(String accountId, String segmentKey) {
    return TransactionReads.key("maturity", accountId, segmentKey);
  }

  /** A segment's moves, oldest first. */
  public List<MaturityTransition> transitionsOf(String accountId, String segmentKey) {
    return jdbc.sql(
            """
            select * from ls_maturity_transition where account_id = ? and segment_key = ?
            order by transitioned_at, id""")
        .params(accountId, segmentKey)
        .query(MaturityRepository::transition)
        .list();
  }

  /**
   * The segment's adopted use cases as the rules count them. One adopted before its level was
   * recorded counts as adopted at Launch, so its value never counts by mistake.
   */
  public List<AdoptedUseCase> adoptedUseCases(String accountId, String segmentKey) {
    return jdbc.sql(
            """
            select id, segment_key, value_kpis_met, adopted_at_level, success_story_shared_at from ls_use_case
            where account_id = ? and segment_key = ? and status = 'ADOPTED' order by id""")
        .params(accountId, segmentKey)
        .query(
            (row, n) ->
                new AdoptedUseCase(
                    row.getString("id"),
                    row.getString("segment_key"),
                    Boolean.TRUE.equals(row.getObject("value_kpis_met", Boolean.class)),
                    Optional.ofNullable(row.getObject("adopted_at_level", Integer.class))
                        .orElse(LAUNCH),
                    row.getTimestamp("success_story_shared_at") != null))
        .list();
  }

  private static MaturityTransition transition(ResultSet row, int rowNumber) throws SQLException {
    return new MaturityTransition(
        row.getString("id"),
        row.getString("account_id"),
        row.getString("segment_key"),
        row.getInt("from_level"),
        row.getInt("to_level"),
        row.getString("cycle_id"),
        row.getString("decision_id"),
        row.getTimestamp("transitioned_at").toInstant());
  }
}
