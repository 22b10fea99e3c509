package io.leansuccess.engine;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Table {@code ls_rule_set}: which deployment holds which version of a decision. It exists because
 * Camunda knows DRL files only as opaque resources and cannot answer "the latest rules of X".
 * Writes join the deployment's transaction (Camunda runs commands in Spring transactions on the
 * same DataSource), so a rolled-back deployment leaves no row behind.
 */
@Component
class RuleSetTable {

  /** One row; the deployment may since have been deleted, which Camunda, not this table, knows. */
  record Row(String decisionName, String deploymentId, String resourceName, Instant deployedAt) {}

  private static final String COLUMNS = "decision_name, deployment_id, resource_name, deployed_at";

  private final JdbcTemplate jdbc;

  RuleSetTable(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insert(RulesVersion version) {
    jdbc.update(
        "insert into ls_rule_set (" + COLUMNS + ") values (?, ?, ?, ?)",
        version.decisionName(),
        version.deploymentId(),
        version.resourceName(),
        Timestamp.from(version.deployedAt()));
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
