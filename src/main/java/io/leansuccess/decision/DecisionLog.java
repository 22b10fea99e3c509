package io.leansuccess.decision;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.leansuccess.shared.AccountsInView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps every automated decision with its explanation, so a CS leader can always ask "why?": the
 * outcome, the rules that fired, the rules version and a snapshot of the facts.
 */
@Component
public class DecisionLog {

  private static final TypeReference<Map<String, Map<String, Object>>> POLICY =
      new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;
  private final AccountsInView inView;
  private final ObjectMapper json;
  private final Clock clock;

  public DecisionLog(
      JdbcClient jdbc, JdbcTemplate batch, ObjectMapper json, Clock clock, AccountsInView inView) {
    this.inView = inView;
    this.jdbc = jdbc;
    this.batch = batch;
    this.json = json;
    this.clock = clock;
  }

  /** Which account, cycle and subject a decision was about. */
  public record Subject(String accountId, String cycleId, String type, String id) {}

  public DecisionRecord record(Subject subject, String outcome, Decision decision) {
    return record(subject, outcome, decision, null);
  }

  /**
   * @param explanation the verdict in the words of the thresholds in force, or null
   */
  public DecisionRecord record(
      Subject subject, String outcome, Decision decision, String explanation) {
    DecisionRecord record = decided(subject, outcome, decision, explanation);
    recordAll(List.of(record));
    return record;
  }

  /**
   * The decision as it will be kept, not yet kept: for a caller that decides many at once and keeps
   * them with one {@link #recordAll(List)}.
   *
   * @param explanation the verdict in the words of the thresholds in force, or null
   */
  public DecisionRecord decided(
      Subject subject, String outcome, Decision decision, String explanation) {
    return new DecisionRecord(
        UUID.randomUUID().toString(),
        subject.accountId(),
        subject.cycleId(),
        decision.decisionName(),
        subject.type(),
        subject.id(),
        outcome,
        decision.firedRules(),
        decision.rulesVersion().deploymentId(),
        decision.rulesVersion().resourceName(),
        snapshot(decision.facts()),
        clock.instant(),
        decision.policies(),
        explanation == null ? null : Thresholds.fit(explanation));
  }

  /** Keeps these decisions, as one batch of inserts. */
  public void recordAll(List<DecisionRecord> records) {
    if (records.isEmpty()) {
      return;
    }
    batch.batchUpdate(
        """
        insert into ls_decision (id, account_id, cycle_id, decision_name, subject_type, subject_id,
          outcome, fired_rules, rules_deployment_id, rules_resource, facts, decided_at, policy, explanation)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        records.stream()
            .map(
                record ->
                    new Object[] {
                      record.id(),
                      record.accountId(),
                      record.cycleId(),
                      record.decisionName(),
                      record.subjectType(),
                      record.subjectId(),
                      record.outcome(),
                      write(record.firedRules()),
                      record.rulesDeploymentId(),
                      record.rulesResource(),
                      record.facts(),
                      Timestamp.from(record.decidedAt()),
                      write(record.policy()),
                      record.explanation()
                    })
            .toList());
  }

  public long countAboutAccount(String accountId) {
    return jdbc.sql("select count(*) from ls_decision where account_id = ?")
        .param(accountId)
        .query(Long.class)
        .single();
  }

  public List<DecisionRecord> aboutSubject(String subjectType, String subjectId) {
    return jdbc.sql(
            "select * from ls_decision where subject_type = ? and subject_id = ? order by decided_at, id")
        .params(subjectType, subjectId)
        .query(this::map)
        .list();
  }

  /** The decision if the one asking may see its account. */
  public Optional<DecisionRecord> find(String id) {
    var visible = inView.on("account_id");
    return jdbc.sql("select * from ls_decision where id = :id and " + visible.sql())
        .param("id", id)
        .params(visible.parameters())
        .query(this::map)
        .optional();
  }

  /**
   * The latest decision of this name about this subject in the subject's cycle: what a step that
   * runs at least once asks to find out whether it has already decided.
   */
  public Optional<DecisionRecord> latest(String decisionName, Subject subject) {
    return jdbc.sql(
            """
            select * from ls_decision where subject_type = ? and subject_id = ? and account_id = ?
              and cycle_id = ? and decision_name = ?
            order by decided_at desc, id desc limit 1""")
        .params(subject.type(), subject.id(), subject.accountId(), subject.cycleId(), decisionName)
        .query(this::map)
        .optional();
  }

  public List<DecisionRecord> aboutAccount(String accountId, int limit, int offset) {
    return jdbc.sql(
            "select * from ls_decision where account_id = ? order by decided_at desc, id limit ? offset ?")
        .params(accountId, limit, offset)
        .query(this::map)
        .list();
  }

  private String snapshot(List<Object> facts) {
    ArrayNode array = json.createArrayNode();
    for (Object fact : facts) {
      var node = array.addObject();
      node.put("type", fact.getClass().getSimpleName());
      try {
        node.set("value", json.valueToTree(fact));
      } catch (IllegalArgumentException notABean) {
        node.put("value", String.valueOf(fact));
      }
    }
    return array.toString();
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private DecisionRecord map(ResultSet row, int rowNumber) throws SQLException {
    try {
      return new DecisionRecord(
          row.getString("id"),
          row.getString("account_id"),
          row.getString("cycle_id"),
          row.getString("decision_name"),
          row.getString("subject_type"),
          row.getString("subject_id"),
          row.getString("outcome"),
          json.readValue(row.getString("fired_rules"), new TypeReference<List<String>>() {}),
          row.getString("rules_deployment_id"),
          row.getString("rules_resource"),
          row.getString("facts"),
          row.getTimestamp("decided_at").toInstant(),
          row.getString("policy") == null
              ? Map.of()
              : json.readValue(row.getString("policy"), POLICY),
          row.getString("explanation"));
    } catch (JsonProcessingException e) {
      throw new SQLException(
          "Unreadable fired_rules or policy of decision " + row.getString("id"), e);
    }
  }
}
