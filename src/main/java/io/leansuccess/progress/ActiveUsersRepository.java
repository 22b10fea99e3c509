package io.leansuccess.progress;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Active users per segment and month: the month's latest reading ({@code ls_signal}). */
@Repository
public class ActiveUsersRepository {

  /** A segment's active users as last read in a month. */
  public record Reading(String segmentKey, LocalDate month, int activeUsers) {}

  private final JdbcClient jdbc;

  public ActiveUsersRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Oldest month first. */
  public List<Reading> monthly(String accountId, Instant since) {
    return jdbc
        .sql(
            """
            select distinct on (segment_key, month) segment_key, month, value from (
              select segment_key, date_trunc('month', occurred_at at time zone 'UTC') as month,
                value, occurred_at
              from ls_signal
              where account_id = ? and kind = 'ACTIVE_USERS' and segment_key is not null
                and occurred_at >= ?) readings
            order by segment_key, month, occurred_at desc""")
        .params(accountId, Timestamp.from(since))
        .query(
            (rs, n) ->
                new Reading(
                    rs.getString("segment_key"),
                    rs.getTimestamp("month").toLocalDateTime().toLocalDate(),
                    rs.getBigDecimal("value").intValue()))
        .list()
        .stream()
        .sorted(java.util.Comparator.comparing(Reading::month))
        .toList();
  }

  static LocalDate monthOf(Instant instant) {
    return LocalDate.ofInstant(instant, ZoneOffset.UTC).withDayOfMonth(1);
  }
}
