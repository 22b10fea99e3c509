package io.leansuccess.health;

import io.leansuccess.shared.InsertIfAbsent;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which accounts wait for an evaluation ({@code ls_health_due}), and the keyset over all accounts
 * that the nightly run pages through.
 *
 * <p>A mark carries a version that every new signal raises. An evaluation clears only the version
 * it saw, so signals that arrive while it runs leave the account due for the next run instead of
 * being lost.
 */
@Repository
public class HealthDueRepository {

  /** An account's mark as an evaluation saw it. */
  public record Due(String accountId, long version) {}

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;
  private final InsertIfAbsent inserts;

  public HealthDueRepository(JdbcClient jdbc, JdbcTemplate batch, InsertIfAbsent inserts) {
    this.jdbc = jdbc;
    this.batch = batch;
    this.inserts = inserts;
  }

  /**
   * Marks the accounts due, or raises their mark's version: one row per account however many
   * signals arrive. In id order, so concurrent batches for overlapping accounts cannot deadlock.
   */
  public void mark(Collection<String> accountIds, Instant now) {
    List<String> ids = List.copyOf(new TreeSet<>(accountIds));
    if (ids.isEmpty()) {
      return;
    }
    Timestamp since = Timestamp.from(now);
    if (inserts.isPostgres()) {
      batch.batchUpdate(
          """
              insert into ls_health_due (account_id, due_since, version) values (?, ?, 1)
              on conflict (account_id) do update set version = ls_health_due.version + 1""",
          ids.stream().map(id -> new Object[] {id, since}).toList());
      return;
    }
    // elsewhere: raise, else insert, else (a concurrent insert won) raise after all
    int[] raised =
        batch.batchUpdate(
            "update ls_health_due set version = version + 1 where account_id = ?",
            ids.stream().map(id -> new Object[] {id}).toList());
    List<Object[]> missing = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      if (raised[i] == 0) {
        missing.add(new Object[] {ids.get(i), since, 1L});
      }
    }
    Set<Object> inserted =
        inserts.insert(
            "ls_health_due", "account_id", List.of("account_id", "due_since", "version"), missing);
    missing.stream()
        .map(row -> row[0])
        .filter(id -> !inserted.contains(id))
        .forEach(
            id ->
                jdbc.sql("update ls_health_due set version = version + 1 where account_id = ?")
                    .param(id)
                    .update());
  }

  /** Due accounts with ids after {@code afterAccountId} (all, when null), in id order. */
  public List<Due> dueAfter(String afterAccountId, int limit) {
    return jdbc.sql(
            """
            select account_id, version from ls_health_due where account_id > :after
            order by account_id limit :limit""")
        .param("after", afterAccountId == null ? "" : afterAccountId)
        .param("limit", limit)
        .query((row, n) -> new Due(row.getString("account_id"), row.getLong("version")))
        .list();
  }

  /** The marks of these accounts, to be cleared once they are evaluated. */
  public List<Due> marksOf(Collection<String> accountIds) {
    if (accountIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("select account_id, version from ls_health_due where account_id in (:ids)")
        .param("ids", accountIds)
        .query((row, n) -> new Due(row.getString("account_id"), row.getLong("version")))
        .list();
  }

  /** Clears each mark unless a signal raised its version since it was read. */
  public void clear(List<Due> evaluated) {
    batch.batchUpdate(
        "delete from ls_health_due where account_id = ? and version = ?",
        evaluated.stream()
            .sorted(Comparator.comparing(Due::accountId))
            .map(due -> new Object[] {due.accountId(), due.version()})
            .toList());
  }

  public long countDue() {
    return jdbc.sql("select count(*) from ls_health_due").query(Long.class).single();
  }

  /**
   * Account ids after {@code afterAccountId} (from the first, when null) in id order: the nightly
   * run's pages.
   */
  public List<String> accountIdsAfter(String afterAccountId, int limit) {
    return jdbc.sql("select id from ls_account where id > :after order by id limit :limit")
        .param("after", afterAccountId == null ? "" : afterAccountId)
        .param("limit", limit)
        .query(String.class)
        .list();
  }
}
