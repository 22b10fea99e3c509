package io.leansuccess.renewal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.leansuccess.shared.AccountsInView;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Renewal readiness ({@code ls_renewal_readiness}). */
@Repository
public class RenewalReadinessRepository {

  /** An account and its renewal date, as the daily run reads them. */
  public record Renewal(String accountId, LocalDate renewalDate) {}

  private final JdbcClient jdbc;
  private final ObjectMapper json;
  private final AccountsInView inView;
  private final TransactionTemplate savepoint;

  public RenewalReadinessRepository(
      JdbcClient jdbc,
      ObjectMapper json,
      AccountsInView inView,
      PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.json = json;
    this.inView = inView;
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /**
   * Inserts an open readiness unless the account has one: the unique {@code open_account_id}
   * decides, between threads and nodes alike; under a savepoint, so a refused insert leaves the
   * transaction usable.
   *
   * @return false when the account already has one open
   */
  public boolean insertOpen(String id, String accountId, LocalDate renewalDate, Instant at) {
    try {
      savepoint.executeWithoutResult(
          status ->
              jdbc.sql(
                      """
                      insert into ls_renewal_readiness (id, account_id, open_account_id, renewal_date, opened_at)
                      values (?, ?, ?, ?, ?)""")
                  .params(id, accountId, accountId, Date.valueOf(renewalDate), Timestamp.from(at))
                  .update());
      return true;
    } catch (DuplicateKeyException openOneExists) {
      return false;
    }
  }

  public void setProcessInstance(String id, String processInstanceId) {
    jdbc.sql("update ls_renewal_readiness set process_instance_id = ? where id = ?")
        .params(processInstanceId, id)
        .update();
  }

  public void judged(String id, RenewalBrief brief, String verdict, String decisionId) {
    jdbc.sql("update ls_renewal_readiness set brief = ?, verdict = ?, decision_id = ? where id = ?")
        .params(write(brief), verdict, decisionId, id)
        .update();
  }

  public void moveRenewal(String id, LocalDate renewalDate) {
    jdbc.sql("update ls_renewal_readiness set renewal_date = ? where id = ? and closed_at is null")
        .params(Date.valueOf(renewalDate), id)
        .update();
  }

  /** Closes an open readiness; a closed one stays as it was. */
  public void close(String id, Instant at, String closedAs) {
    jdbc.sql(
            """
            update ls_renewal_readiness set open_account_id = null, closed_at = ?, closed_as = ?
            where id = ? and closed_at is null""")
        .params(Timestamp.from(at), closedAs, id)
        .update();
  }

  public Optional<RenewalReadiness> find(String id) {
    return jdbc.sql("select * from ls_renewal_readiness where id = ?")
        .param(id)
        .query(this::map)
        .optional();
  }

  public Optional<RenewalReadiness> findOpen(String accountId) {
    return jdbc.sql("select * from ls_renewal_readiness where open_account_id = ?")
        .param(accountId)
        .query(this::map)
        .optional();
  }

  /** The account's readiness, newest first, if the one asking may see the account. */
  public List<RenewalReadiness> ofAccount(String accountId) {
    var visible = inView.on("account_id");
    return jdbc.sql(
            "select * from ls_renewal_readiness where account_id = :account and "
                + visible.sql()
                + " order by opened_at desc, closed_at desc nulls first, id")
        .param("account", accountId)
        .params(visible.parameters())
        .query(this::map)
        .list();
  }

  /**
   * Accounts after {@code afterAccountId} in id order whose renewal is today or later, with no open
   * readiness and none prepared for a renewal still ahead (a correction of a prepared renewal's
   * date is the same renewal; a cancelled readiness does not count). Which of them are due is for
   * the rules to say.
   */
  public List<Renewal> withoutReadiness(String afterAccountId, LocalDate today, int limit) {
    return jdbc.sql(
            """
            select a.id, a.renewal_date from ls_account a
            where a.id > :after and a.renewal_date >= :today
              and not exists (select 1 from ls_renewal_readiness r where r.account_id = a.id
                and (r.closed_at is null or (r.closed_as = 'PREPARED' and r.renewal_date >= :today)))
            order by a.id limit :limit""")
        .param("after", afterAccountId == null ? "" : afterAccountId)
        .param("today", Date.valueOf(today))
        .param("limit", limit)
        .query(
            (row, rowNumber) ->
                new Renewal(row.getString("id"), row.getDate("renewal_date").toLocalDate()))
        .list();
  }

  /**
   * Whether the account's upcoming renewal was prepared already: a readiness prepared for a renewal
   * date not yet passed (the CRM correcting that date is the same renewal).
   */
  public boolean preparedAhead(String accountId, LocalDate today) {
    return jdbc.sql(
                """
            select count(*) from ls_renewal_readiness where account_id = ? and renewal_date >= ?
              and closed_as = 'PREPARED'""")
            .params(accountId, Date.valueOf(today))
            .query(Long.class)
            .single()
        > 0;
  }

  private String write(RenewalBrief brief) {
    try {
      return json.writeValueAsString(brief);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private RenewalReadiness map(ResultSet row, int rowNumber) throws SQLException {
    Timestamp closed = row.getTimestamp("closed_at");
    String brief = row.getString("brief");
    try {
      return new RenewalReadiness(
          row.getString("id"),
          row.getString("account_id"),
          row.getDate("renewal_date").toLocalDate(),
          row.getString("process_instance_id"),
          row.getTimestamp("opened_at").toInstant(),
          brief == null ? null : json.readValue(brief, RenewalBrief.class),
          row.getString("verdict"),
          row.getString("decision_id"),
          closed == null ? null : closed.toInstant(),
          row.getString("closed_as"));
    } catch (JsonProcessingException e) {
      throw new SQLException("Unreadable brief of renewal readiness " + row.getString("id"), e);
    }
  }
}
