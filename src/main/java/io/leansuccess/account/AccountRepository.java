package io.leansuccess.account;

import io.leansuccess.shared.AccountsInView;
import io.leansuccess.shared.ResourceNotFoundException;
import io.leansuccess.shared.TransactionReads;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Accounts and their segments in {@code ls_account} and {@code ls_account_segment}. */
@Repository
public class AccountRepository {

  private static final String SELECT_ACCOUNT =
      "select id, name, industry, arr_at_signing, arr_now, renewal_date from ls_account";
  private static final String SELECT_SEGMENTS =
      "select account_id, segment_key, kind, name, licensed_users from ls_account_segment";
  private static final Set<String> ACCOUNT = Set.of("ls_account");
  private static final Set<String> ACCOUNT_AND_SEGMENTS =
      Set.of("ls_account", "ls_account_segment");

  private final JdbcClient jdbc;
  private final AccountsInView inView;
  private final TransactionReads reads;

  public AccountRepository(JdbcClient jdbc, AccountsInView inView, TransactionReads reads) {
    this.jdbc = jdbc;
    this.inView = inView;
    this.reads = reads;
  }

  /** The account if it exists and the one asking may see it; read once a transaction. */
  public Optional<Account> find(String id) {
    var visible = inView.on("id");
    return reads.read(
        ACCOUNT_AND_SEGMENTS,
        TransactionReads.key("account", id, visible),
        () ->
            jdbc.sql(SELECT_ACCOUNT + " where id = :id and " + visible.sql())
                .param("id", id)
                .params(visible.parameters())
                .query(AccountRepository::row)
                .optional()
                .map(row -> row.toAccount(segmentsOf(List.of(id)).getOrDefault(id, List.of()))));
  }

  /**
   * The account, or a 404 naming it, also when it is another team's: every request about an account
   * starts here.
   */
  public Account require(String id) {
    return find(id).orElseThrow(() -> new ResourceNotFoundException("account", id));
  }

  /**
   * Whether an account has this id, whoever may see it: a write must not take another team's id.
   */
  public boolean exists(String id) {
    return jdbc.sql("select count(*) from ls_account where id = :id")
            .param("id", id)
            .query(Long.class)
            .single()
        > 0;
  }

  /** The account's team and owner; unassigned for an account that does not exist. */
  public Ownership ownership(String id) {
    return findOwnership(id).orElse(Ownership.UNASSIGNED);
  }

  /**
   * The account's team and owner, whoever asks; empty when no account has this id. Read once a
   * transaction: the engine asks for every task and instance it grants.
   */
  public Optional<Ownership> findOwnership(String id) {
    return reads.read(
        ACCOUNT,
        TransactionReads.key("ownership", id),
        () ->
            jdbc.sql("select team_id, owner_id from ls_account where id = :id")
                .param("id", id)
                .query(
                    (rs, rowNum) ->
                        new Ownership(rs.getString("team_id"), rs.getString("owner_id")))
                .optional());
  }

  /** The teams and owners of these accounts, by id; accounts that do not exist are left out. */
  public Map<String, Ownership> ownerships(Collection<String> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    Map<String, Ownership> found = new LinkedHashMap<>();
    jdbc.sql("select id, team_id, owner_id from ls_account where id in (:ids)")
        .param("ids", ids)
        .query(
            rs -> {
              found.put(
                  rs.getString("id"),
                  new Ownership(rs.getString("team_id"), rs.getString("owner_id")));
            });
    return found;
  }

  public void assign(String id, Ownership ownership) {
    reads.wrote("ls_account");
    jdbc.sql("update ls_account set team_id = :team, owner_id = :owner where id = :id")
        .param("team", ownership.team())
        .param("owner", ownership.owner())
        .param("id", id)
        .update();
  }

  /**
   * The accounts with these ids that exist and the one asking may see, by id, each with its
   * segments: two queries for any number.
   */
  public Map<String, Account> findAll(Collection<String> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    var visible = inView.on("id");
    List<Row> rows =
        jdbc.sql(SELECT_ACCOUNT + " where id in (:ids) and " + visible.sql())
            .param("ids", ids)
            .params(visible.parameters())
            .query(AccountRepository::row)
            .list();
    if (rows.isEmpty()) {
      return Map.of();
    }
    Map<String, List<Segment>> segments = segmentsOf(rows.stream().map(Row::id).toList());
    Map<String, Account> found = new LinkedHashMap<>();
    rows.forEach(
        row -> found.put(row.id(), row.toAccount(segments.getOrDefault(row.id(), List.of()))));
    return found;
  }

  /** Of these account ids, those the one asking may see: one query for any number. */
  public Set<String> visibleAmong(Collection<String> ids) {
    if (ids.isEmpty()) {
      return Set.of();
    }
    var visible = inView.on("id");
    return new HashSet<>(
        jdbc.sql("select id from ls_account where id in (:ids) and " + visible.sql())
            .param("ids", ids.stream().distinct().toList())
            .params(visible.parameters())
            .query(String.class)
            .list());
  }

  /**
   * The ids of the next accounts after {@code afterId} (null: from the first), in id order: chunks
   * of all accounts.
   */
  public List<String> idsAfter(String afterId, int limit) {
    return jdbc.sql("select id from ls_account where id > :after order by id limit :limit")
        .param("after", afterId == null ? "" : afterId)
        .param("limit", limit)
        .query(String.class)
        .list();
  }

  /**
   * A page of the accounts the one asking may see, in id order, so paging sees each exactly once.
   */
  public List<Account> list(int limit, int offset) {
    var visible = inView.on("id");
    List<Row> rows =
        jdbc.sql(
                SELECT_ACCOUNT
                    + " where "
                    + visible.sql()
                    + " order by id limit :limit offset :offset")
            .param("limit", limit)
            .param("offset", offset)
            .params(visible.parameters())
            .query(AccountRepository::row)
            .list();
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<String, List<Segment>> segments = segmentsOf(rows.stream().map(Row::id).toList());
    return rows.stream()
        .map(row -> row.toAccount(segments.getOrDefault(row.id(), List.of())))
        .toList();
  }

  /** How many accounts the one asking may see. */
  public long count() {
    var visible = inView.on("id");
    return jdbc.sql("select count(*) from ls_account where " + visible.sql())
        .params(visible.parameters())
        .query(Long.class)
        .single();
  }

  public void insert(Account account) {
    reads.wrote("ls_account", "ls_account_segment");
    jdbc.sql(
            "insert into ls_account (id, name, industry, arr_at_signing, arr_now, renewal_date)"
                + " values (:id, :name, :industry, :arrAtSigning, :arrNow, :renewalDate)")
        .paramSource(account)
        .update();
    insertSegments(account);
  }

  public void update(Account account) {
    reads.wrote("ls_account", "ls_account_segment");
    jdbc.sql(
            "update ls_account set name = :name, industry = :industry, arr_at_signing = :arrAtSigning,"
                + " arr_now = :arrNow, renewal_date = :renewalDate where id = :id")
        .paramSource(account)
        .update();
    jdbc.sql("delete from ls_account_segment where account_id = :id")
        .param("id", account.id())
        .update();
    insertSegments(account);
  }

  private void insertSegments(Account account) {
    List<Segment> segments = account.segments();
    for (int i = 0; i < segments.size(); i++) {
      Segment segment = segments.get(i);
      jdbc.sql(
              "insert into ls_account_segment (account_id, segment_key, sort_order, kind, name, licensed_users)"
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
        .query(
            rs -> {
              byAccount
                  .computeIfAbsent(rs.getString("account_id"), id -> new ArrayList<>())
                  .add(
                      new Segment(
                          rs.getString("segment_key"),
                          SegmentKind.valueOf(rs.getString("kind")),
                          rs.getString("name"),
                          rs.getInt("licensed_users")));
            });
    return byAccount;
  }

  private static Row row(ResultSet rs, int rowNum) throws SQLException {
    return new Row(
        rs.getString("id"),
        rs.getString("name"),
        rs.getString("industry"),
        rs.getBigDecimal("arr_at_signing"),
        rs.getBigDecimal("arr_now"),
        rs.getObject("renewal_date", LocalDate.class));
  }

  /** An account row before its segments are read. */
  private record Row(
      String id,
      String name,
      String industry,
      BigDecimal arrAtSigning,
      BigDecimal arrNow,
      LocalDate renewalDate) {

    Account toAccount(List<Segment> segments) {
      return new Account(id, name, industry, arrAtSigning, arrNow, renewalDate, segments);
    }
  }
}
