package io.leansuccess.rules.drools;

import io.leansuccess.decision.RulesVersion;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * Table {@code ls_rule_set}: which deployment holds which version of a decision. It exists because
 * Camunda knows DRL files only as opaque resources and cannot answer "the latest rules of X".
 * Writes join the deployment's transaction (Camunda runs commands in Spring transactions on the
 * same DataSource), so a rolled-back deployment leaves no row behind.
 */
@Component
public class RuleSetTable {

  /** One row; the deployment may since have been deleted, which Camunda, not this table, knows. */
  public record Row(
      String decisionName, String deploymentId, String resourceName, Instant deployedAt) {}

  private static final String COLUMNS = "decision_name, deployment_id, resource_name, deployed_at";

  private final JdbcTemplate jdbc;

  RuleSetTable(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * One version of a decision in the rule history: who deployed it, from where, and its DRL (null
   * for old rows).
   */
  public record HistoryRow(Row row, String deployedBy, RulesOrigin origin) {}

  /**
   * @param deployedBy the signed-in user who deployed, null when the engine itself did (start-up)
   */
  void insert(RulesVersion version, String deployedBy, RulesOrigin origin, String drl) {
    jdbc.update(
        "insert into ls_rule_set ("
            + COLUMNS
            + ", deployed_by, origin, drl) values (?, ?, ?, ?, ?, ?, ?)",
        version.decisionName(),
        version.deploymentId(),
        version.resourceName(),
        Timestamp.from(version.deployedAt()),
        deployedBy,
        origin.name(),
        drl);
  }

  /** Every version of every decision, newest deployment first, without the DRL text. */
  public List<HistoryRow> history() {
    return jdbc.query(
        "select "
            + COLUMNS
            + ", deployed_by, origin from ls_rule_set order by deployed_at desc, deployment_id, decision_name",
        (rs, rowNum) ->
            new HistoryRow(
                row(rs, rowNum),
                rs.getString("deployed_by"),
                rs.getString("origin") == null
                    ? null
                    : RulesOrigin.valueOf(rs.getString("origin"))));
  }

  /**
   * The DRL text kept with this version, by decision name; null values for rows from before it was
   * kept.
   */
  public Map<String, String> drlOf(String deploymentId) {
    Map<String, String> drl = new TreeMap<>();
    jdbc.query(
        "select decision_name, drl from ls_rule_set where deployment_id = ?",
        (RowCallbackHandler) rs -> drl.put(rs.getString("decision_name"), rs.getString("drl")),
        deploymentId);
    return drl;
  }

  /** Every version of one decision, newest first (index {@code ix_ls_rule_set_latest}). */
  List<Row> newestFirst(String decisionName) {
    return jdbc.query(
        "select " + COLUMNS + " from ls_rule_set where decision_name = ? order by deployed_at desc",
        RuleSetTable::row,
        decisionName);
  }

  /** Every version of every decision, grouped by decision, newest first within each. */
  List<Row> allNewestFirst() {
    return jdbc.query(
        "select " + COLUMNS + " from ls_rule_set order by decision_name, deployed_at desc",
        RuleSetTable::row);
  }

  private static Row row(ResultSet rs, int rowNum) throws SQLException {
    return new Row(
        rs.getString("decision_name"),
        rs.getString("deployment_id"),
        rs.getString("resource_name"),
        rs.getTimestamp("deployed_at").toInstant());
  }
}
