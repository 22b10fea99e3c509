package io.leansuccess.getwell;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Get-well plans ({@code ls_get_well_plan}). */
@Repository
public class GetWellPlanRepository {

  private static final String INSERT_OPEN =
      """
      insert into ls_get_well_plan (id, account_id, open_account_id, evaluation_id, reasons, started_at)
      values (?, ?, ?, ?, ?, ?)""";

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;
  private final ObjectMapper json;
  private final TransactionTemplate savepoint;

  public GetWellPlanRepository(
      JdbcClient jdbc,
      JdbcTemplate batch,
      ObjectMapper json,
      PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.batch = batch;
    this.json = json;
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /**
   * Inserts an open plan unless the account has one: the unique {@code open_account_id} decides,
   * also between transactions on several nodes (a second insert waits for the first to commit or
   * roll back). The insert runs under a savepoint, so a refused one leaves the surrounding
   * transaction usable (PostgreSQL aborts a transaction at its first error otherwise).
   *
   * @return false when the account has an open plan
   */
  public boolean insertOpen(GetWellPlan plan) {
    try {
      savepoint.executeWithoutResult(
          status ->
              jdbc.sql(INSERT_OPEN)
                  .params(
                      plan.id(),
                      plan.accountId(),
                      plan.accountId(),
                      plan.evaluationId(),
                      write(plan.reasons()),
                      Timestamp.from(plan.startedAt()))
                  .update());
      return true;
    } catch (DuplicateKeyException openPlanExists) {
      return false;
    }
  }

  /**
   * {@link #insertOpen} for many plans: one batch under one savepoint; when any of them is refused
   * (an account with an open plan, or twice in the list) the batch is undone and the plans go in
   * one by one, so each refused one is left out and the others are kept.
   *
   * <p>In account order, so that two batches naming the same accounts wait for each other rather
   * than deadlock.
   *
   * @return the plans inserted, by account
   */
  public List<GetWellPlan> insertAllOpen(List<GetWellPlan> unordered) {
    if (unordered.isEmpty()) {
      return List.of();
    }
    List<GetWellPlan> plans =
        unordered.stream().sorted(Comparator.comparing(GetWellPlan::accountId)).toList();
    try {
      savepoint.executeWithoutResult(
          status ->
              batch.batchUpdate(
                  INSERT_OPEN,
                  plans.stream()
                      .map(
                          plan ->
                              new Object[] {
                                plan.id(),
                                plan.accountId(),
                                plan.accountId(),
                                plan.evaluationId(),
                                write(plan.reasons()),
                                Timestamp.from(plan.startedAt())
                              })
                      .toList()));
      return plans;
    } catch (DuplicateKeyException someHaveAnOpenPlan) {
      return plans.stream().filter(this::insertOpen).toList();
    }
  }

  /**
   * The open plan without a process instance, locked until the transaction ends: empty when it has
   * one or is closed.
   */
  public Optional<GetWellPlan> lockUnstarted(String planId) {
    return jdbc.sql(
            """
            select * from ls_get_well_plan
            where id = ? and closed_at is null and process_instance_id is null for update""")
        .param(planId)
        .query(this::map)
        .optional();
  }

  /**
   * Closes an open plan that has no process instance (its start job has not run).
   *
   * @return false when it has one by now, or is closed
   */
  public boolean closeUnstarted(String planId, Instant at, String recoveryEvaluationId) {
    return jdbc.sql(
                """
                update ls_get_well_plan set open_account_id = null, closed_at = ?, recovery_evaluation_id = ?
                where id = ? and closed_at is null and process_instance_id is null""")
            .params(Timestamp.from(at), recoveryEvaluationId, planId)
            .update()
        == 1;
  }

  public void setProcessInstance(String planId, String processInstanceId) {
    jdbc.sql("update ls_get_well_plan set process_instance_id = ? where id = ?")
        .params(processInstanceId, planId)
        .update();
  }

  /** Closes an open plan; a closed one stays as it was. */
  public void close(String planId, Instant at, String recoveryEvaluationId) {
    jdbc.sql(
            """
            update ls_get_well_plan set open_account_id = null, closed_at = ?, recovery_evaluation_id = ?
            where id = ? and closed_at is null""")
        .params(Timestamp.from(at), recoveryEvaluationId, planId)
        .update();
  }

  public Optional<GetWellPlan> find(String id) {
    return jdbc.sql("select * from ls_get_well_plan where id = ?")
        .param(id)
        .query(this::map)
        .optional();
  }

  public Optional<GetWellPlan> findOpen(String accountId) {
    return jdbc.sql("select * from ls_get_well_plan where open_account_id = ?")
        .param(accountId)
        .query(this::map)
        .optional();
  }

  /** Those of these accounts that have an open plan. */
  public Set<String> openAmong(Collection<String> accountIds) {
    if (accountIds.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        jdbc.sql("select open_account_id from ls_get_well_plan where open_account_id in (:ids)")
            .param("ids", accountIds)
            .query(String.class)
            .list());
  }

  /** The account's plans, newest first. */
  public List<GetWellPlan> ofAccount(String accountId) {
    return jdbc.sql(
            "select * from ls_get_well_plan where account_id = ? order by started_at desc, id")
        .param(accountId)
        .query(this::map)
        .list();
  }

  private String write(List<String> reasons) {
    try {
      return json.writeValueAsString(reasons);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private GetWellPlan map(ResultSet row, int rowNumber) throws SQLException {
    Timestamp closed = row.getTimestamp("closed_at");
    List<String> reasons;
    try {
      reasons = json.readValue(row.getString("reasons"), new TypeReference<List<String>>() {});
    } catch (JsonProcessingException e) {
      throw new SQLException("Unreadable reasons of get-well plan " + row.getString("id"), e);
    }
    return new GetWellPlan(
        row.getString("id"),
        row.getString("account_id"),
        row.getString("evaluation_id"),
        reasons,
        row.getString("process_instance_id"),
        row.getTimestamp("started_at").toInstant(),
        closed == null ? null : closed.toInstant(),
        row.getString("recovery_evaluation_id"));
  }
}
