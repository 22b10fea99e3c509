package io.leansuccess.account;

import io.leansuccess.shared.ResourceNotFoundException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Accounts and their segments in {@code ls_account} and {@code ls_account_segment}. */
@Repository
public class AccountRepository {

  private static final String SELECT_ACCOUNT =
      "select id, name, industry, arr_at_signing, arr_now, renewal_date from ls_account";
  private static final String SELECT_SEGMENTS =
      "select account_id, segment_key, kind, name, licensed_users from ls_account_segment";

  private final JdbcClient jdbc;

  public AccountRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Account> find(String id) {
    return jdbc.sql(SELECT_ACCOUNT + " where id = :id").param("id", id)
        .query(AccountRepository::row).optional()
        .map(row -> row.toAccount(segmentsOf(List.of(id)).getOrDefault(id, List.of())));
  }

  /** The accounts with these ids that exist, by id, each with its segments: two queries for any number. */
  /** The account, or a 404 naming it: every request about an account starts here. */
  public Account require(String id) {
    return find(id).orElseThrow(() -> new ResourceNotFoundException("account", id));
  }

  public Map<String, Account> findAll(Collection<String> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    List<Row> rows = jdbc.sql(SELECT_ACCOUNT + " where id in (:ids)").param("ids", ids)
        .query(AccountRepository::row).list();
    if (rows.isEmpty()) {
      return Map.of();
    }
    Map<String, List<Segment>> segments = segmentsOf(rows.stream().map(Row::id).toList());
    Map<String, Account> found = new LinkedHashMap<>();
    rows.forEach(row -> found.put(row.id(), row.toAccount(segments.getOrDefault(row.id(), List.of()))));
    return found;
  }

  /** The ids of the next accounts after {@code afterId} (null: from the first), in id order: chunks of all accounts. */
  public List<String> idsAfter(String afterId, int limit) {
    return jdbc.sql("select id from ls_account where id > :after order by id limit :limit")
        .param("after", afterId == null ? "" : afterId).param("limit", limit).query(String.class).list();
  }

  /** A page in id order, so paging through all accounts sees each exactly once. */
  public List<Account> list(int limit, int offset) {
    List<Row> rows = jdbc.sql(SELECT_ACCOUNT + " order by id limit :limit offset :offset")
        .param("limit", limit).param("offset", offset)
        .query(AccountRepository::row).list();
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<String, List<Segment>> segments = segmentsOf(rows.stream().map(Row::id).toList());
    return rows.stream().map(row -> row.toAccount(segments.getOrDefault(row.id(), List.of()))).toList();
  }

  public long count() {
    return jdbc.sql("select count(*) from ls_account").query(Long.class).single();
  }

  public void insert(Account account) {
    jdbc.sql("insert into ls_account (id, name, industry, arr_at_signing, arr_now, renewal_date)"
            + " values (:id, :name, :industry, :arrAtSigning, :arrNow, :renewalDate)")
        .paramSource(account).update();
    insertSegments(account);
  }

  public void update(Account account) {
    jdbc.sql("update ls_account set name = :name, industry = :industry, arr_at_signing = :arrAtSigning,"
            + " arr_now = :arrNow, renewal_date = :renewalDate where id = :id")
        .paramSource(account).update();
    jdbc.sql("delete from ls_account_segment where account_id = :id").param("id", account.id()).update();
    insertSegments(account);
  }

  private void insertSegments(Account account) {
    List<Segment> segments = account.segments();
    for (int i = 0; i < segments.size(); i++) {
      Segment segment = segments.get(i);
      jdbc.sql("insert into ls_account_segment (account_id, segment_key, sort_order, kind, name, licensed_users)"
              + " values (:accountId, :key, :sortOrder, :kind, :name, :licensedUsers)")
          .param("accountId", account.id())
          .param("key", segment.key())
          .param("sortOrder", i)
          .param("kind", segment.kind().name())
          .param("name", segment.name())
          .param("licensedUsers", segment.licensedUsers())
          .update();
    }
  }

  private Map<String, List<Segment>> segmentsOf(List<String> accountIds) {
    Map<String, List<Segment>> byAccount = new LinkedHashMap<>();
    jdbc.sql(SELECT_SEGMENTS + " where account_id in (:ids) order by account_id, sort_order")
        .param("ids", accountIds)
        .query(rs -> {
          byAccount.computeIfAbsent(rs.getString("account_id"), id -> new ArrayList<>()).add(new Segment(
              rs.getString("segment_key"),
              SegmentKind.valueOf(rs.getString("kind")),
              rs.getString("name"),
              rs.getInt("licensed_users")));
        });
    return byAccount;
  }

  private static Row row(ResultSet rs, int rowNum) throws SQLException {
    return new Row(rs.getString("id"), rs.getString("name"), rs.getString("industry"),
        rs.getBigDecimal("arr_at_signing"), rs.getBigDecimal("arr_now"),
        rs.getObject("renewal_date", LocalDate.class));
  }

  /** An account row before its segments are read. */
  private record Row(String id, String name, String industry, BigDecimal arrAtSigning,
      BigDecimal arrNow, LocalDate renewalDate) {

    Account toAccount(List<Segment> segments) {
      return new Account(id, name, industry, arrAtSigning, arrNow, renewalDate, segments);
    }
  }
}
