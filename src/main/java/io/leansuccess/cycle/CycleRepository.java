package io.leansuccess.cycle;

import io.leansuccess.shared.TransactionReads;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Cycles ({@code ls_cycle}) and the use cases each carries ({@code ls_cycle_use_case}). */
@Repository
public class CycleRepository {

  private static final String CYCLES = "ls_cycle";
  private static final String SLOTS = "ls_cycle_use_case";

  private final JdbcClient jdbc;
  private final TransactionReads reads;

  public CycleRepository(JdbcClient jdbc, TransactionReads reads) {
    this.jdbc = jdbc;
    this.reads = reads;
  }

  /**
   * Inserts an open cycle. The unique {@code open_account_id} refuses a second open cycle of the
   * same account with a {@link org.springframework.dao.DuplicateKeyException}, even from concurrent
   * requests.
   */
  public void insertOpen(Cycle cycle) {
    jdbc.sql(
            """
            insert into ls_cycle (id, account_id, year, quarter, stage, open_account_id, started_at)
            values (?, ?, ?, ?, ?, ?, ?)""")
        .params(
            cycle.id(),
            cycle.accountId(),
            cycle.quarter().year(),
            cycle.quarter().quarter(),
            cycle.stage().name(),
            cycle.accountId(),
            Timestamp.from(cycle.startedAt()))
        .update();
    reads.wrote(CYCLES);
    reads.put(Set.of(CYCLES), cycleKey(cycle.id()), Optional.of(cycle));
  }

  /** The cycle; read once a transaction, or known from what this transaction wrote. */
  public Optional<Cycle> find(String id) {
    return reads.read(
        Set.of(CYCLES),
        cycleKey(id),
        () ->
            jdbc.sql("select * from ls_cycle where id = ?").param(id).query(this::map).optional());
  }

  public Optional<Cycle> findOpen(String accountId) {
    return reads.read(
        Set.of(CYCLES),
        TransactionReads.key("open cycle", accountId),
        () ->
            jdbc.sql("select * from ls_cycle where open_account_id = ?")
                .param(accountId)
                .query(this::map)
                .optional());
  }

  public Optional<Cycle> find(String accountId, Quarter quarter) {
    return reads.read(
        Set.of(CYCLES),
        TransactionReads.key("cycle of quarter", accountId, quarter),
        () ->
            jdbc.sql("select * from ls_cycle where account_id = ? and year = ? and quarter = ?")
                .params(accountId, quarter.year(), quarter.quarter())
                .query(this::map)
                .optional());
  }

  public List<Cycle> ofAccount(String accountId) {
    return jdbc.sql("select * from ls_cycle where account_id = ? order by year desc, quarter desc")
        .param(accountId)
        .query(this::map)
        .list();
  }

  public boolean hasEarlierCycleInYear(String accountId, Quarter quarter) {
    return jdbc.sql(
                "select count(*) from ls_cycle where account_id = ? and year = ? and quarter < ?")
            .params(accountId, quarter.year(), quarter.quarter())
            .query(Integer.class)
            .single()
        > 0;
  }

  public void setProcessInstance(String cycleId, String processInstanceId) {
    Optional<Cycle> known = known(cycleId);
    jdbc.sql("update ls_cycle set process_instance_id = ? where id = ?")
        .params(processInstanceId, cycleId)
        .update();
    reads.wrote(CYCLES);
    known.ifPresent(
        cycle ->
            reads.put(
                Set.of(CYCLES), cycleKey(cycleId), Optional.of(cycle.runBy(processInstanceId))));
  }

  /**
   * The cycle enters this stage unless it is closed. A cycle this transaction knows to be at it
   * already (the start event's stage, just inserted; the parallel use cases entering Revise) is
   * left as it is: the same row, one statement fewer.
   */
  public void setStage(String cycleId, CycleStage stage) {
    Optional<Cycle> known = known(cycleId);
    Optional<CycleStage> knownStage =
        known.map(Cycle::stage).or(() -> reads.<CycleStage>kept(stageKey(cycleId)));
    if (knownStage.isPresent()
        && (knownStage.get() == stage || knownStage.get() == CycleStage.CLOSED)) {
      return;
    }
    int updated =
        jdbc.sql("update ls_cycle set stage = ? where id = ? and stage <> ?")
            .params(stage.name(), cycleId, CycleStage.CLOSED.name())
            .update();
    reads.wrote(CYCLES);
    if (updated == 1) {
      reads.put(Set.of(CYCLES), stageKey(cycleId), stage);
      known.ifPresent(
          cycle -> reads.put(Set.of(CYCLES), cycleKey(cycleId), Optional.of(cycle.at(stage))));
    }
  }

  public void close(String cycleId, Instant at) {
    reads.wrote(CYCLES);
    jdbc.sql(
            "update ls_cycle set stage = ?, open_account_id = null, closed_at = ? where id = ? and closed_at is null")
        .params(CycleStage.CLOSED.name(), Timestamp.from(at), cycleId)
        .update();
  }

  /** The cycle's use cases by rank; read once a transaction. */
  public List<CycleUseCase> useCases(String cycleId) {
    return reads.read(
        Set.of(SLOTS),
        TransactionReads.key("slots", cycleId),
        () ->
            List.copyOf(
                jdbc.sql("select * from ls_cycle_use_case where cycle_id = ? order by rank")
                    .param(cycleId)
                    .query(CycleRepository::mapUseCase)
                    .list()));
  }

  public Optional<CycleUseCase> useCase(String cycleId, String useCaseId) {
    return reads.read(
        Set.of(SLOTS),
        TransactionReads.key("slot", cycleId, useCaseId),
        () ->
            jdbc.sql("select * from ls_cycle_use_case where cycle_id = ? and use_case_id = ?")
                .params(cycleId, useCaseId)
                .query(CycleRepository::mapUseCase)
                .optional());
  }

  public void addUseCase(String cycleId, String useCaseId, boolean carriedOver, int rank) {
    addUseCases(cycleId, List.of(new Slot(useCaseId, carriedOver, rank)));
  }

  /** A use case in a cycle's slot: carried over from the cycle before, or selected now. */
  public record Slot(String useCaseId, boolean carriedOver, int rank) {}

  /** Puts these use cases into the cycle's slots, in one statement. */
  public void addUseCases(String cycleId, List<Slot> slots) {
    if (slots.isEmpty()) {
      return;
    }
    reads.wrote(SLOTS);
    List<Object> values = new ArrayList<>();
    for (Slot slot : slots) {
      values.addAll(
          List.of(
              cycleId,
              slot.useCaseId(),
              slot.carriedOver() ? "CARRIED_OVER" : "SELECTED",
              slot.rank()));
    }
    jdbc.sql(
            "insert into ls_cycle_use_case (cycle_id, use_case_id, selection, rank) values "
                + String.join(", ", Collections.nCopies(slots.size(), "(?, ?, ?, ?)")))
        .params(values)
        .update();
  }

  public void proposeOutcome(String cycleId, String useCaseId, String proposed) {
    reads.wrote(SLOTS);
    jdbc.sql(
            "update ls_cycle_use_case set proposed_outcome = ? where cycle_id = ? and use_case_id = ?")
        .params(proposed, cycleId, useCaseId)
        .update();
  }

  public void confirmOutcome(
      String cycleId,
      String useCaseId,
      String outcome,
      String overrideReason,
      String decidedBy,
      Instant at) {
    reads.wrote(SLOTS);
    jdbc.sql(
            """
            update ls_cycle_use_case set outcome = ?, override_reason = ?, decided_by = ?, decided_at = ?
            where cycle_id = ? and use_case_id = ?""")
        .params(outcome, overrideReason, decidedBy, Timestamp.from(at), cycleId, useCaseId)
        .update();
  }

  /** The cycle as this transaction read or wrote it, without reading it. */
  private Optional<Cycle> known(String cycleId) {
    Optional<Optional<Cycle>> kept = reads.kept(cycleKey(cycleId));
    return kept.flatMap(cycle -> cycle);
  }

  private static Object cycleKey(String id) {
    return TransactionReads.key("cycle", id);
  }

  /** The stage this transaction gave the cycle, without reading it. */
  private static Object stageKey(String id) {
    return TransactionReads.key("stage", id);
  }

  private Cycle map(ResultSet row, int rowNumber) throws SQLException {
    Timestamp closed = row.getTimestamp("closed_at");
    return new Cycle(
        row.getString("id"),
        row.getString("account_id"),
        new Quarter(row.getInt("year"), row.getInt("quarter")),
        CycleStage.valueOf(row.getString("stage")),
        row.getString("process_instance_id"),
        row.getTimestamp("started_at").toInstant(),
        closed == null ? null : closed.toInstant());
  }

  private static CycleUseCase mapUseCase(ResultSet row, int rowNumber) throws SQLException {
    Timestamp decided = row.getTimestamp("decided_at");
    return new CycleUseCase(
        row.getString("cycle_id"),
        row.getString("use_case_id"),
        "CARRIED_OVER".equals(row.getString("selection")),
        row.getInt("rank"),
        row.getString("proposed_outcome"),
        row.getString("outcome"),
        row.getString("override_reason"),
        row.getString("decided_by"),
        decided == null ? null : decided.toInstant());
  }
}
