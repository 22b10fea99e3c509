package io.leansuccess.health;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.leansuccess.shared.InsertIfAbsent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Where each account's health stands ({@code ls_health_state}) and its history ({@code
 * ls_health_evaluation}). Writes of a chunk of accounts go as JDBC batches.
 */
@Repository
public class HealthRepository {

  /**
   * Where an account stands between evaluations.
   *
   * @param verdict {@link HealthEvaluation#verdict()} of the latest evaluation, null before the
   *     first
   */
  public record State(
      String accountId,
      HealthColour colour,
      String verdict,
      int greenStreak,
      boolean escalated,
      String evaluationId) {}

  private static final TypeReference<List<HealthFactor>> FACTORS = new TypeReference<>() {};
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;
  private final InsertIfAbsent inserts;
  private final ObjectMapper json;

  public HealthRepository(
      JdbcClient jdbc, JdbcTemplate batch, InsertIfAbsent inserts, ObjectMapper json) {
    this.jdbc = jdbc;
    this.batch = batch;
    this.inserts = inserts;
    this.json = json;
  }

  /**
   * The accounts' states, locked until the transaction ends so that two evaluations of one account
   * (the nightly run and a due run, or two nodes) take turns. Rows are created first for accounts
   * never evaluated, and locked in id order, so two runs over overlapping accounts wait for each
   * other instead of deadlocking.
   */
  public Map<String, State> lockStates(List<String> accountIds) {
    if (accountIds.isEmpty()) {
      return Map.of();
    }
    List<Object[]> fresh =
        accountIds.stream().sorted().map(id -> new Object[] {id, 0, false}).toList();
    inserts.insert(
        "ls_health_state", "account_id", List.of("account_id", "green_streak", "escalated"), fresh);
    Map<String, State> states = new LinkedHashMap<>();
    jdbc.sql(
            "select * from ls_health_state where account_id in (:ids) order by account_id for update")
        .param("ids", accountIds)
        .query(HealthRepository::state)
        .list()
        .forEach(state -> states.put(state.accountId(), state));
    return states;
  }

  /**
   * The accounts' states as they are, neither locked nor created: what a what-if simulation reads.
   */
  public Map<String, State> states(List<String> accountIds) {
    if (accountIds.isEmpty()) {
      return Map.of();
    }
    Map<String, State> states = new LinkedHashMap<>();
    jdbc.sql("select * from ls_health_state where account_id in (:ids)")
        .param("ids", accountIds)
        .query(HealthRepository::state)
        .list()
        .forEach(state -> states.put(state.accountId(), state));
    return states;
  }

  public Optional<State> state(String accountId) {
    return jdbc.sql("select * from ls_health_state where account_id = ?")
        .param(accountId)
        .query(HealthRepository::state)
        .optional();
  }

  /**
   * Stores the evaluations of a chunk: new history rows, rows confirmed once more, and the states
   * after. Counts are written as computed: the state lock makes this the only writer.
   */
  public void save(
      List<HealthEvaluation> added, List<HealthEvaluation> extended, Collection<State> states) {
    batch.batchUpdate(
        """
            insert into ls_health_evaluation (id, account_id, colour, factors, fired_rules, rules_deployment_id,
              rules_resource, outcome, decision_id, first_evaluated_at, evaluated_at, evaluations)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        added.stream()
            .map(
                e ->
                    new Object[] {
                      e.id(),
                      e.accountId(),
                      e.colour().name(),
                      write(e.factors()),
                      write(e.firedRules()),
                      e.rulesDeploymentId(),
                      e.rulesResource(),
                      e.outcome().name(),
                      e.decisionId(),
                      Timestamp.from(e.firstEvaluatedAt()),
                      Timestamp.from(e.evaluatedAt()),
                      e.evaluations()
                    })
            .toList());
    batch.batchUpdate(
        """
            update ls_health_evaluation set factors = ?, fired_rules = ?, rules_deployment_id = ?, rules_resource = ?,
              evaluated_at = ?, evaluations = ?
            where id = ?""",
        extended.stream()
            .map(
                e ->
                    new Object[] {
                      write(e.factors()),
                      write(e.firedRules()),
                      e.rulesDeploymentId(),
                      e.rulesResource(),
                      Timestamp.from(e.evaluatedAt()),
                      e.evaluations(),
                      e.id()
                    })
            .toList());
    Map<String, Timestamp> evaluatedAt = new LinkedHashMap<>();
    added.forEach(e -> evaluatedAt.put(e.accountId(), Timestamp.from(e.evaluatedAt())));
    extended.forEach(e -> evaluatedAt.put(e.accountId(), Timestamp.from(e.evaluatedAt())));
    batch.batchUpdate(
        """
            update ls_health_state set verdict = ?, colour = ?, green_streak = ?, escalated = ?, evaluation_id = ?,
              evaluated_at = ?
            where account_id = ?""",
        states.stream()
            .map(
                s ->
                    new Object[] {
                      s.verdict(),
                      s.colour().name(),
                      s.greenStreak(),
                      s.escalated(),
                      s.evaluationId(),
                      evaluatedAt.get(s.accountId()),
                      s.accountId()
                    })
            .toList());
  }

  /**
   * The history rows the states point to, by id: what an evaluation that finds the same extends.
   */
  public Map<String, HealthEvaluation> latestOf(Collection<State> states) {
    return evaluations(states.stream().map(State::evaluationId).filter(Objects::nonNull).toList());
  }

  /** The evaluations with these ids, by id, in one query. */
  public Map<String, HealthEvaluation> evaluations(Collection<String> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    Map<String, HealthEvaluation> latest = new LinkedHashMap<>();
    jdbc.sql("select * from ls_health_evaluation where id in (:ids)")
        .param("ids", ids)
        .query(this::evaluation)
        .list()
        .forEach(evaluation -> latest.put(evaluation.id(), evaluation));
    return latest;
  }

  /** The account's latest evaluation: the one its state points at; empty before the first. */
  public Optional<HealthEvaluation> current(String accountId) {
    return jdbc.sql(
            """
            select e.* from ls_health_state s join ls_health_evaluation e on e.id = s.evaluation_id
            where s.account_id = ?""")
        .param(accountId)
        .query(this::evaluation)
        .optional();
  }

  public Optional<HealthEvaluation> find(String evaluationId) {
    return jdbc.sql("select * from ls_health_evaluation where id = ?")
        .param(evaluationId)
        .query(this::evaluation)
        .optional();
  }

  /** The account's health history, newest first. */
  public List<HealthEvaluation> history(String accountId, int limit, int offset) {
    return jdbc.sql(
            """
            select * from ls_health_evaluation where account_id = ?
            order by first_evaluated_at desc, evaluated_at desc, id limit ? offset ?""")
        .params(accountId, limit, offset)
        .query(this::evaluation)
        .list();
  }

  /**
   * The account's health between two instants, oldest first: the evaluation in effect at {@code
   * from} (first found before it) and every one first found until {@code to}.
   */
  public List<HealthEvaluation> historyBetween(String accountId, Instant from, Instant to) {
    return jdbc.sql(
            """
            select * from ls_health_evaluation where account_id = :account and first_evaluated_at <= :to
              and (first_evaluated_at >= :from or id = (
                select id from ls_health_evaluation where account_id = :account and first_evaluated_at < :from
                order by first_evaluated_at desc, evaluated_at desc, id limit 1))
            order by first_evaluated_at, evaluated_at, id""")
        .param("account", accountId)
        .param("from", Timestamp.from(from))
        .param("to", Timestamp.from(to))
        .query(this::evaluation)
        .list();
  }

  public long countHistory(String accountId) {
    return jdbc.sql("select count(*) from ls_health_evaluation where account_id = ?")
        .param(accountId)
        .query(Long.class)
        .single();
  }

  private static State state(ResultSet row, int rowNumber) throws SQLException {
    String colour = row.getString("colour");
    return new State(
        row.getString("account_id"),
        colour == null ? null : HealthColour.valueOf(colour),
        row.getString("verdict"),
        row.getInt("green_streak"),
        row.getBoolean("escalated"),
        row.getString("evaluation_id"));
  }

  private HealthEvaluation evaluation(ResultSet row, int rowNumber) throws SQLException {
    try {
      return new HealthEvaluation(
          row.getString("id"),
          row.getString("account_id"),
          HealthColour.valueOf(row.getString("colour")),
          json.readValue(row.getString("factors"), FACTORS),
          json.readValue(row.getString("fired_rules"), STRINGS),
          row.getString("rules_deployment_id"),
          row.getString("rules_resource"),
          HealthOutcome.valueOf(row.getString("outcome")),
          row.getString("decision_id"),
          row.getTimestamp("first_evaluated_at").toInstant(),
          row.getTimestamp("evaluated_at").toInstant(),
          row.getInt("evaluations"));
    } catch (JsonProcessingException e) {
      throw new SQLException(
          "Unreadable factors or rules of health evaluation " + row.getString("id"), e);
    }
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
