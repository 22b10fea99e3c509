package io.leansuccess.successplan;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The adoption history of accounts like a given one, read from what the cycles recorded: the first
 * promotion to maturity level 2 and to level 3 of any segment ({@code ls_maturity_transition}), and
 * the first adopted use case ({@code ls_use_case}), each counted from the account's first contract
 * ({@code ls_contract}). Accounts without a contract have no start to count from.
 */
@Repository
public class AdoptionHistoryRepository {

  private static final String HISTORY =
      """
      select a.id, c.first_signed,
        (select min(t.transitioned_at) from ls_maturity_transition t
          where t.account_id = a.id and t.to_level >= 2 and t.to_level > t.from_level) as usage_at,
        (select min(u.adopted_at) from ls_use_case u
          where u.account_id = a.id and u.adopted_at is not null) as adopted_at,
        (select min(t.transitioned_at) from ls_maturity_transition t
          where t.account_id = a.id and t.to_level >= 3 and t.to_level > t.from_level) as proficiency_at
      from ls_account a
      join (select account_id, min(signed_at) as first_signed from ls_contract group by account_id) c
        on c.account_id = a.id""";

  private static final String SIMILAR =
      HISTORY
          + " where a.id <> :self and lower(a.industry) = lower(:industry)"
          + " and a.arr_at_signing >= :from";

  private final JdbcClient jdbc;

  public AdoptionHistoryRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Other accounts of the industry whose ARR at signing lies in {@code [from, upTo)}; no {@code
   * upTo} for the largest band.
   */
  public List<AdoptionHistory> similarTo(
      String accountId, String industry, BigDecimal from, BigDecimal upTo) {
    if (industry == null) {
      return List.of();
    }
    var query =
        upTo == null
            ? jdbc.sql(SIMILAR + " order by a.id")
            : jdbc.sql(SIMILAR + " and a.arr_at_signing < :upTo order by a.id").param("upTo", upTo);
    return query
        .param("self", accountId)
        .param("industry", industry)
        .param("from", from)
        .query(AdoptionHistoryRepository::row)
        .list();
  }

  /** The account's own history, counted from its first contract; empty without a contract. */
  public Optional<AdoptionHistory> of(String accountId) {
    return jdbc.sql(HISTORY + " where a.id = :self")
        .param("self", accountId)
        .query(AdoptionHistoryRepository::row)
        .optional();
  }

  private static AdoptionHistory row(ResultSet rs, int rowNum) throws SQLException {
    Map<AdoptionMilestone, LocalDate> reached = new EnumMap<>(AdoptionMilestone.class);
    put(reached, AdoptionMilestone.USAGE, rs.getTimestamp("usage_at"));
    put(reached, AdoptionMilestone.FIRST_ADOPTED_USE_CASE, rs.getTimestamp("adopted_at"));
    put(reached, AdoptionMilestone.PROFICIENCY, rs.getTimestamp("proficiency_at"));
    return new AdoptionHistory(rs.getString("id"), day(rs.getTimestamp("first_signed")), reached);
  }

  private static void put(
      Map<AdoptionMilestone, LocalDate> reached, AdoptionMilestone milestone, Timestamp at) {
    if (at != null) {
      reached.put(milestone, day(at));
    }
  }

  private static LocalDate day(Timestamp timestamp) {
    return LocalDate.ofInstant(timestamp.toInstant(), ZoneOffset.UTC);
  }
}
