package io.leansuccess.health;

import io.leansuccess.account.Account;
import io.leansuccess.account.Segment;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Turns the signals of a chunk of accounts into {@link HealthSnapshot}s with a handful of aggregate
 * queries for the whole chunk, never a query per account: a nightly run over 100,000 accounts is a
 * few hundred queries. Tickets, invoices and communications are reduced in the database to what the
 * rules ask (open tickets by category, overdue invoices, the latest opening and answer), so no
 * account's whole history is shipped to Java.
 */
@Repository
public class HealthFactsRepository {

  /** Latest event first among those of one key: by when it occurred, then when it was received. */
  private static final String NEWEST_FIRST = "order by occurred_at desc, received_at desc, id desc";

  private final JdbcClient jdbc;

  public HealthFactsRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A snapshot of each account as of {@code now}, by account id. */
  public Map<String, HealthSnapshot> snapshots(Collection<Account> accounts, Instant now) {
    if (accounts.isEmpty()) {
      return Map.of();
    }
    List<String> ids = accounts.stream().map(Account::id).toList();
    Map<String, Readings> readings = readings(ids);
    Map<String, Map<String, Integer>> tickets = openTicketsByCategory(ids);
    Map<String, Communications> communications = communications(ids);
    Map<String, Overdue> overdue = overdueInvoices(ids);
    Map<String, Integer> renewals = renewals(ids);
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    Map<String, HealthSnapshot> snapshots = new LinkedHashMap<>();
    for (Account account : accounts) {
      String id = account.id();
      Readings read = readings.getOrDefault(id, new Readings());
      Set<String> segments =
          account.segments().stream().map(Segment::key).collect(Collectors.toSet());
      Map<String, Integer> open = tickets.getOrDefault(id, Map.of());
      Communications sent = communications.get(id);
      Overdue late = overdue.getOrDefault(id, new Overdue(0, BigDecimal.ZERO));
      snapshots.put(
          id,
          new HealthSnapshot(
              id,
              account.segments().stream().mapToInt(Segment::licensedUsers).sum(),
              read.activeUsers(segments, 1),
              read.activeUsers(segments, 2),
              read.featureUsage(1),
              read.featureUsage(2),
              open.values().stream().mapToInt(Integer::intValue).sum(),
              open.getOrDefault("HOW_TO", 0),
              sent == null ? null : sent.daysSinceLastOpened(now),
              sent == null ? 0 : sent.sentSinceOpened(),
              sent == null ? 0 : sent.sentSinceAnswered(),
              late.invoices(),
              late.amount(),
              account.arrAtSigning(),
              read.arr != null ? read.arr : account.arrNow(),
              read.nps,
              ChronoUnit.DAYS.between(today, account.renewalDate()),
              renewals.getOrDefault(id, 0)));
    }
    return snapshots;
  }

  /** The latest two readings of usage per segment or feature, and the latest NPS and ARR. */
  private Map<String, Readings> readings(List<String> ids) {
    Map<String, Readings> readings = new HashMap<>();
    jdbc.sql(
            """
            select account_id, kind, grp, value, rn from (
              select account_id, kind, coalesce(segment_key, detail, '') as grp, value,
                row_number() over (partition by account_id, kind, coalesce(segment_key, detail, '')
                  %s) as rn
              from ls_signal
              where account_id in (:ids) and kind in ('ACTIVE_USERS', 'FEATURE_USAGE', 'NPS', 'ARR_CHANGED')
            ) latest where rn <= 2"""
                .formatted(NEWEST_FIRST))
        .param("ids", ids)
        .query(
            row -> {
              Readings read =
                  readings.computeIfAbsent(row.getString("account_id"), id -> new Readings());
              read.add(
                  row.getString("kind"),
                  row.getString("grp"),
                  row.getInt("rn"),
                  row.getBigDecimal("value"));
            });
    return readings;
  }

  /** Tickets whose latest event is an opening, counted by the category they were opened with. */
  private Map<String, Map<String, Integer>> openTicketsByCategory(List<String> ids) {
    Map<String, Map<String, Integer>> open = new HashMap<>();
    jdbc.sql(
            """
            select account_id, category, count(*) as tickets from (
              select account_id, kind, category, row_number() over (partition by account_id, detail %s) as rn
              from ls_signal where account_id in (:ids) and kind in ('SUPPORT_TICKET_OPENED', 'SUPPORT_TICKET_CLOSED')
            ) latest where rn = 1 and kind = 'SUPPORT_TICKET_OPENED'
            group by account_id, category"""
                .formatted(NEWEST_FIRST))
        .param("ids", ids)
        .query(
            row -> {
              open.computeIfAbsent(row.getString("account_id"), id -> new HashMap<>())
                  .put(row.getString("category"), row.getInt("tickets"));
            });
    return open;
  }

  /**
   * Per account that was sent anything: the first sending, the latest opening and answer, and what
   * came after.
   */
  private Map<String, Communications> communications(List<String> ids) {
    Map<String, Communications> communications = new HashMap<>();
    jdbc.sql(
            """
            select s.account_id, min(s.occurred_at) as first_sent, max(r.last_opened) as last_opened,
              sum(case when r.last_opened is null or s.occurred_at > r.last_opened then 1 else 0 end) as since_opened,
              sum(case when r.last_answered is null or s.occurred_at > r.last_answered then 1 else 0 end) as since_answered
            from ls_signal s left join (
              select account_id, max(occurred_at) as last_opened,
                max(case when kind = 'COMMUNICATION_ANSWERED' then occurred_at end) as last_answered
              from ls_signal where account_id in (:ids) and kind in ('COMMUNICATION_OPENED', 'COMMUNICATION_ANSWERED')
              group by account_id
            ) r on r.account_id = s.account_id
            where s.account_id in (:ids) and s.kind = 'COMMUNICATION_SENT'
            group by s.account_id""")
        .param("ids", ids)
        .query(
            row -> {
              var lastOpened = row.getTimestamp("last_opened");
              communications.put(
                  row.getString("account_id"),
                  new Communications(
                      (lastOpened != null ? lastOpened : row.getTimestamp("first_sent"))
                          .toInstant(),
                      row.getInt("since_opened"),
                      row.getInt("since_answered")));
            });
    return communications;
  }

  /** Invoices whose latest news is that they are overdue: how many and for how much. */
  private Map<String, Overdue> overdueInvoices(List<String> ids) {
    Map<String, Overdue> overdue = new HashMap<>();
    jdbc.sql(
            """
            select account_id, count(*) as invoices, sum(value) as amount from (
              select account_id, kind, value, row_number() over (partition by account_id, detail %s) as rn
              from ls_signal where account_id in (:ids) and kind in ('INVOICE_ISSUED', 'INVOICE_PAID', 'INVOICE_OVERDUE')
            ) latest where rn = 1 and kind = 'INVOICE_OVERDUE'
            group by account_id"""
                .formatted(NEWEST_FIRST))
        .param("ids", ids)
        .query(
            row -> {
              overdue.put(
                  row.getString("account_id"),
                  new Overdue(row.getInt("invoices"), row.getBigDecimal("amount")));
            });
    return overdue;
  }

  private Map<String, Integer> renewals(List<String> ids) {
    Map<String, Integer> renewals = new HashMap<>();
    jdbc.sql(
            "select account_id, count(*) as renewals from ls_signal where account_id in (:ids)"
                + " and kind = 'RENEWAL_DONE' group by account_id")
        .param("ids", ids)
        .query(
            row -> {
              renewals.put(row.getString("account_id"), row.getInt("renewals"));
            });
    return renewals;
  }

  /**
   * @param lastOpened the latest opening or answer, or the first sending when nothing was opened
   */
  private record Communications(Instant lastOpened, int sentSinceOpened, int sentSinceAnswered) {

    Integer daysSinceLastOpened(Instant now) {
      return (int) Math.max(0, Duration.between(lastOpened, now).toDays());
    }
  }

  private record Overdue(int invoices, BigDecimal amount) {}

  /** One account's latest readings: [latest, previous] per segment or feature. */
  private static final class Readings {
    private final Map<String, BigDecimal[]> activeUsers = new HashMap<>();
    private final Map<String, BigDecimal[]> featureUsage = new HashMap<>();
    private Integer nps;
    private BigDecimal arr;

    void add(String kind, String group, int rank, BigDecimal value) {
      switch (kind) {
        case "ACTIVE_USERS" ->
            activeUsers.computeIfAbsent(group, g -> new BigDecimal[2])[rank - 1] = value;
        case "FEATURE_USAGE" ->
            featureUsage.computeIfAbsent(group, g -> new BigDecimal[2])[rank - 1] = value;
        case "NPS" -> nps = rank == 1 ? value.intValueExact() : nps;
        case "ARR_CHANGED" -> arr = rank == 1 ? value : arr;
        default -> throw new IllegalArgumentException("Not a reading: " + kind);
      }
    }

    /**
     * Rank 1: the latest of each of the account's segments summed; rank 2: the one before (else the
     * latest).
     */
    Integer activeUsers(Set<String> segments, int rank) {
      Map<String, BigDecimal[]> current = new HashMap<>(activeUsers);
      current.keySet().retainAll(segments);
      Long sum = sum(current, rank);
      return sum == null ? null : Math.toIntExact(sum);
    }

    Long featureUsage(int rank) {
      return sum(featureUsage, rank);
    }

    private static Long sum(Map<String, BigDecimal[]> byGroup, int rank) {
      if (byGroup.isEmpty()) {
        return null;
      }
      return byGroup.values().stream()
          .mapToLong(
              values -> (rank == 2 && values[1] != null ? values[1] : values[0]).longValueExact())
          .sum();
    }
  }
}
