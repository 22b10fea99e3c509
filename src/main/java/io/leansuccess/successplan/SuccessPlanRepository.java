package io.leansuccess.successplan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Versions of success plans in {@code ls_success_plan}; the content is the plan as JSON. */
@Repository
public class SuccessPlanRepository {

  private static final String VERSION_COLUMNS =
      "select account_id, version, reason, contract_id, generated_at, sent_at, sent_by";

  /** A version and its content as stored. */
  public record Stored(SuccessPlanVersion version, String content) {}

  private final JdbcClient jdbc;

  public SuccessPlanRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Stored> latest(String accountId) {
    return jdbc.sql(
            VERSION_COLUMNS
                + ", content from ls_success_plan where account_id = ? order by version desc limit 1")
        .param(accountId)
        .query(SuccessPlanRepository::stored)
        .optional();
  }

  public Optional<Stored> find(String accountId, int version) {
    return jdbc.sql(
            VERSION_COLUMNS + ", content from ls_success_plan where account_id = ? and version = ?")
        .params(accountId, version)
        .query(SuccessPlanRepository::stored)
        .optional();
  }

  /** Newest first. */
  public List<SuccessPlanVersion> versions(String accountId, int limit, int offset) {
    return jdbc.sql(
            VERSION_COLUMNS
                + " from ls_success_plan where account_id = ? order by version desc"
                + " limit ? offset ?")
        .params(accountId, limit, offset)
        .query(SuccessPlanRepository::version)
        .list();
  }

  public long count(String accountId) {
    return jdbc.sql("select count(*) from ls_success_plan where account_id = ?")
        .param(accountId)
        .query(Long.class)
        .single();
  }

  /** Fails on the primary key when another transaction stored the same version first. */
  public void insert(SuccessPlanVersion version, String content) {
    jdbc.sql(
            """
            insert into ls_success_plan (account_id, version, reason, contract_id, generated_at, content)
            values (?, ?, ?, ?, ?, ?)""")
        .params(
            version.accountId(),
            version.version(),
            version.reason().name(),
            version.contractId(),
            Timestamp.from(version.generatedAt()),
            content)
        .update();
  }

  /** Marks a version sent, once: sending it again keeps the first time and sender. */
  public void markSent(String accountId, int version, Instant at, String by) {
    jdbc.sql(
            "update ls_success_plan set sent_at = ?, sent_by = ? where account_id = ? and version = ? and sent_at is null")
        .params(Timestamp.from(at), by, accountId, version)
        .update();
  }

  private static Stored stored(ResultSet rs, int rowNum) throws SQLException {
    return new Stored(version(rs, rowNum), rs.getString("content"));
  }

  private static SuccessPlanVersion version(ResultSet rs, int rowNum) throws SQLException {
    Timestamp sentAt = rs.getTimestamp("sent_at");
    return new SuccessPlanVersion(
        rs.getString("account_id"),
        rs.getInt("version"),
        SuccessPlanVersion.Reason.valueOf(rs.getString("reason")),
        rs.getString("contract_id"),
        rs.getTimestamp("generated_at").toInstant(),
        sentAt == null ? null : sentAt.toInstant(),
        rs.getString("sent_by"));
  }
}
