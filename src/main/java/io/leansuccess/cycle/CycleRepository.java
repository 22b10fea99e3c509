package io.leansuccess.cycle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Cycles ({@code ls_cycle}) and the use cases each carries ({@code ls_cycle_use_case}). */
@Repository
public class CycleRepository {

  private final JdbcClient jdbc;

  public CycleRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
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
  }

  public Optional<Cycle> find(String id) {
    return jdbc.sql("select * from ls_cycle where id = ?").param(id).query(this::map).optional();
  }

  public Optional<Cycle> findOpen(String accountId) {
    return jdbc.sql("select * from ls_cycle where open_account_id = ?")
        .param(accountId)
        .query(this::map)
        .optional();
  }

  public Optional<Cycle> find(String accountId, Quarter quarter) {
    return jdbc.sql("select * from ls_cycle where account_id = ? and year = ? and quarter = ?")
        .params(accountId, quarter.year(), quarter.quarter())
        .query(this::map)
        .optional();
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
    jdbc.sql("update ls_cycle set process_instance_id = ? where id = ?")
        .params(processInstanceId, cycleId)
        .update();
  }

  public void setStage(String cycleId, CycleStage stage) {
    jdbc.sql("update ls_cycle set stage = ? where id = ? and stage <> ?")
        .params(stage.name(), cycleId, CycleStage.CLOSED.name())
        .update();
  }

  public void close(String cycleId, Instant at) {
    jdbc.sql(
            "update ls_cycle set stage = ?, open_account_id = null, closed_at = ? where id = ? and closed_at is null")
        .params(CycleStage.CLOSED.name(), Timestamp.from(at), cycleId)
        .update();
  }

  public List<CycleUseCase> useCases(String cycleId) {
    return jdbc.sql("select * from ls_cycle_use_case where cycle_id = ? order by rank")
        .param(cycleId)
        .query(CycleRepository::mapUseCase)
        .list();
  }

  public Optional<CycleUseCase> useCase(String cycleId, String useCaseId) {
    return jdbc.sql("select * from ls_cycle_use_case where cycle_id = ? and use_case_id = ?")
        .params(cycleId, useCaseId)
        .query(CycleRepository::mapUseCase)
        .optional();
  }

  public void addUseCase(String cycleId, String useCaseId, boolean carriedOver, int rank) {
    jdbc.sql(
            "insert into ls_cycle_use_case (cycle_id, use_case_id, selection, rank) values (?, ?, ?, ?)")
        .params(cycleId, useCaseId, carriedOver ? "CARRIED_OVER" : "SELECTED", rank)
        .update();
  }

  public void proposeOutcome(String cycleId, String useCaseId, String proposed) {
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
    jdbc.sql(
            """
            update ls_cycle_use_case set outcome = ?, override_reason = ?, decided_by = ?, decided_at = ?
            where cycle_id = ? and use_case_id = ?""")
        .params(outcome, overrideReason, decidedBy, Timestamp.from(at), cycleId, useCaseId)
        .update();
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
