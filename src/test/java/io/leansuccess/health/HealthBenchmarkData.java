package io.leansuccess.health;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The benchmark's customer base, written by PostgreSQL itself ({@code generate_series}) so that
 * seeding 100,000 accounts takes seconds, not the benchmark's whole budget. The mix is chosen so
 * that every rule gets work: about one account in seven has very low usage (red), others low usage,
 * how-to tickets, unopened communications, overdue invoices, falling ARR or a poor NPS.
 */
final class HealthBenchmarkData {

  private HealthBenchmarkData() {}

  static void seed(JdbcTemplate jdbc, int accounts, Instant now) {
    Timestamp at = Timestamp.from(now);
    jdbc.update(
        """
        insert into ls_account (id, name, industry, arr_at_signing, arr_now, renewal_date)
        select 'bench-' || lpad(i::text, 7, '0'), 'Benchmark account ' || i, 'Manufacturing', 100000,
          case when i % 10 = 0 then 75000 when i % 10 = 1 then 95000 else 110000 end,
          cast(? as date) + (i % 400)
        from generate_series(1, ?) i""",
        at, accounts);
    // before the rows that refer to the accounts: with the statistics of a table that held a few
    // hundred accounts (the benchmarks before this one, in the same database), PostgreSQL checks
    // each new row's foreign key by scanning every account
    jdbc.execute("analyze ls_account");
    jdbc.update(
        """
        insert into ls_account_segment (account_id, segment_key, sort_order, kind, name, licensed_users)
        select a.id, s.segment_key, s.sort_order, 'GEOGRAPHY', s.name, 100
        from ls_account a cross join (values ('emea', 0, 'Europe'), ('apac', 1, 'Asia Pacific'))
          as s(segment_key, sort_order, name)
        where a.id similar to 'bench-[0-9]{7}'""");
    // id, account, kind, segment, value, days ago, category, detail: one row per account and
    // template
    jdbc.update(
        """
        insert into ls_signal (id, account_id, kind, segment_key, value, occurred_at, received_at, category, detail)
        select a.id || '-' || t.n, a.id, t.kind, t.segment_key,
          case t.kind
            when 'ACTIVE_USERS' then case when t.days > 20 then 60
              when a.i % 7 = 0 then 15 when a.i % 7 = 1 then 35 else 70 end
            when 'FEATURE_USAGE' then case when t.days > 20 then 500 when a.i % 11 = 0 then 300 else 520 end
            when 'NPS' then case when a.i % 9 = 0 then -20 else 40 end
            when 'INVOICE_ISSUED' then 2500
            when 'INVOICE_PAID' then 2500
          end,
          cast(? as timestamp with time zone) - t.days * interval '1 day'
            - case when t.kind = 'COMMUNICATION_OPENED' and a.i % 13 = 0 then interval '60 days' else interval '0 days' end,
          cast(? as timestamp with time zone),
          case when t.kind = 'SUPPORT_TICKET_OPENED' then case when a.i % 5 = 0 then 'HOW_TO' else 'DEFECT' end end,
          t.detail
        from (select id, cast(substring(id from 7) as int) as i from ls_account where id similar to 'bench-[0-9]{7}') a
        cross join (values
          (1, 'ACTIVE_USERS', 'emea', 31, null), (2, 'ACTIVE_USERS', 'emea', 1, null),
          (3, 'ACTIVE_USERS', 'apac', 31, null), (4, 'ACTIVE_USERS', 'apac', 1, null),
          (5, 'FEATURE_USAGE', null, 31, 'reports'), (6, 'FEATURE_USAGE', null, 1, 'reports'),
          (7, 'NPS', null, 12, null),
          (8, 'SUPPORT_TICKET_OPENED', null, 30, 'T-1'), (9, 'SUPPORT_TICKET_OPENED', null, 25, 'T-2'),
          (10, 'SUPPORT_TICKET_OPENED', null, 20, 'T-3'), (11, 'SUPPORT_TICKET_OPENED', null, 15, 'T-4'),
          (12, 'SUPPORT_TICKET_CLOSED', null, 5, 'T-4'),
          (13, 'COMMUNICATION_SENT', null, 90, 'newsletter-1'), (14, 'COMMUNICATION_SENT', null, 50, 'newsletter-2'),
          (15, 'COMMUNICATION_SENT', null, 20, 'webinar-1'), (16, 'COMMUNICATION_OPENED', null, 10, 'webinar-1'),
          (17, 'INVOICE_ISSUED', null, 45, 'INV-1'), (18, 'INVOICE_PAID', null, 10, 'INV-1'),
          (19, 'COMMUNICATION_ANSWERED', null, 10, 'webinar-1')
        ) as t(n, kind, segment_key, days, detail)
        where not (t.kind = 'INVOICE_PAID' and a.i % 17 = 0)
          and not (t.kind = 'COMMUNICATION_ANSWERED' and a.i % 13 = 0)""",
        at, at);
    jdbc.update(
        """
        insert into ls_signal (id, account_id, kind, value, occurred_at, received_at, detail)
        select id || '-overdue', id, 'INVOICE_OVERDUE', 2500, cast(? as timestamp with time zone) - interval '5 days',
          cast(? as timestamp with time zone), 'INV-1'
        from ls_account where id similar to 'bench-[0-9]{7}' and cast(substring(id from 7) as int) % 17 = 0""",
        at, at);
    jdbc.execute("analyze ls_account");
    jdbc.execute("analyze ls_account_segment");
    jdbc.execute("analyze ls_signal");
  }

  /** Back to "never evaluated", so each measured run does the work of a first night. */
  static void forgetHealth(JdbcTemplate jdbc) {
    jdbc.update("delete from ls_health_evaluation");
    jdbc.update("delete from ls_health_state");
    jdbc.update("delete from ls_health_due");
    jdbc.update(
        "delete from ls_decision where decision_name = ?", HealthEvaluationService.DECISION);
  }

  static String colours(JdbcTemplate jdbc) {
    return "Colours now: "
        + jdbc.queryForList(
            "select colour || ' ' || count(*) from ls_health_state group by colour order by colour",
            String.class);
  }
}
