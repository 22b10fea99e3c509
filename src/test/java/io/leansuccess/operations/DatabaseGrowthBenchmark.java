package io.leansuccess.operations;

import io.leansuccess.health.HealthEvaluationProcess;
import io.leansuccess.signal.Signal;
import io.leansuccess.signal.SignalKind;
import io.leansuccess.signal.SignalService;
import io.leansuccess.support.HealthRuns;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import io.leansuccess.support.TestData;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Not a test: a measurement, run on demand (deployment/README.md has the command and the numbers).
 * A year of activity for {@code benchmark.accounts} new accounts (default 200), through the
 * product's own code on the embedded PostgreSQL: each week every segment reports its active users
 * (usage drifting, now and then falling), each month a newsletter is sent and most accounts open
 * it; every night the health process runs from its timer over these accounts, escalating the ones
 * that fall into get-well plans. Run it alone: the nightly runs judge every account in the
 * database. Prints the growth of every table, ours and Camunda's, per 1,000 accounts.
 */
@LeanSuccessIntegrationTest
@Tag("benchmark")
class DatabaseGrowthBenchmark {

  private static final Instant START = Instant.parse("2026-12-07T06:00:00Z");

  @Autowired TestData data;
  @Autowired SignalService signals;
  @Autowired HealthRuns runs;
  @Autowired JdbcTemplate jdbc;

  @Test
  void measureAYearOfActivity() {
    int accounts = Integer.getInteger("benchmark.accounts", 200);
    Random random = new Random(14);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < accounts; i++) {
      ids.add(data.anAccount().id());
    }
    Map<String, Long> before = sizes();
    try {
      int[] users = random.ints(accounts, 40, 95).toArray();
      for (int day = 0; day < 365; day++) {
        Instant now = START.plus(Duration.ofDays(day));
        ClockUtil.setCurrentTime(Date.from(now));
        List<Signal> today = new ArrayList<>();
        for (int a = 0; a < accounts; a++) {
          String account = ids.get(a);
          if (day % 7 == a % 7) {
            users[a] =
                Math.max(
                    5,
                    Math.min(
                        100,
                        users[a] + random.nextInt(11) - 5 - (random.nextInt(20) == 0 ? 30 : 0)));
            for (String segment : List.of("emea", "apac")) {
              today.add(
                  new Signal(
                      account + "-u-" + segment + "-" + day,
                      account,
                      SignalKind.ACTIVE_USERS,
                      segment,
                      BigDecimal.valueOf(segment.equals("emea") ? users[a] : users[a] / 2),
                      now.minusSeconds(3600),
                      null,
                      null));
            }
          }
          if (day % 30 == a % 30) {
            today.add(
                new Signal(
                    account + "-sent-" + day,
                    account,
                    SignalKind.COMMUNICATION_SENT,
                    null,
                    null,
                    now.minusSeconds(7200),
                    null,
                    "newsletter-" + day / 30));
            if (random.nextInt(4) > 0) {
              today.add(
                  new Signal(
                      account + "-opened-" + day,
                      account,
                      SignalKind.COMMUNICATION_OPENED,
                      null,
                      null,
                      now.minusSeconds(3600),
                      null,
                      "newsletter-" + day / 30));
            }
          }
        }
        for (int from = 0; from < today.size(); from += 500) {
          signals.receiveAll(today.subList(from, Math.min(today.size(), from + 500)));
        }
        ProcessInstance night =
            runs.startByTimer(
                HealthEvaluationProcess.KEY, HealthEvaluationProcess.START_NIGHTLY, "", 500);
        runs.runToTheEnd(night, HealthEvaluationProcess.TASK_EVALUATE_CHUNK);
      }
    } finally {
      ClockUtil.reset();
    }
    jdbc.execute("vacuum analyze");
    Map<String, Long> after = sizes();
    long ours = 0;
    long camunda = 0;
    StringBuilder table =
        new StringBuilder("| table | growth per 1,000 accounts and year (MB) |\n|---|---|\n");
    for (var entry : after.entrySet()) {
      long growth = entry.getValue() - before.getOrDefault(entry.getKey(), 0L);
      if (growth > 64 * 1024) {
        double perThousand = growth * 1000.0 / accounts / 1024 / 1024;
        table.append(String.format("| %s | %.1f |%n", entry.getKey(), perThousand));
      }
      if (entry.getKey().startsWith("ls_")) {
        ours += growth;
      } else if (entry.getKey().startsWith("act_")) {
        camunda += growth;
      }
    }
    System.out.printf("%n==== Database growth: %d accounts, one year ====%n%s", accounts, table);
    System.out.printf(
        "ours (ls_*): %.1f MB, Camunda (act_*): %.1f MB per 1,000 accounts and year%n",
        ours * 1000.0 / accounts / 1024 / 1024, camunda * 1000.0 / accounts / 1024 / 1024);
    System.out.printf(
        "signals %d, health rows %d, decisions %d, get-well plans %d, health runs %d%n",
        jdbc.queryForObject("select count(*) from ls_signal", Long.class),
        jdbc.queryForObject("select count(*) from ls_health_evaluation", Long.class),
        jdbc.queryForObject("select count(*) from ls_decision", Long.class),
        jdbc.queryForObject("select count(*) from ls_get_well_plan", Long.class),
        jdbc.queryForObject(
            "select count(*) from act_hi_procinst where proc_def_key_ = ?",
            Long.class,
            HealthEvaluationProcess.KEY));
  }

  private Map<String, Long> sizes() {
    Map<String, Long> sizes = new LinkedHashMap<>();
    jdbc.query(
        """
        select c.relname, pg_total_relation_size(c.oid) from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where c.relkind = 'r' and n.nspname = current_schema() order by c.relname""",
        row -> {
          sizes.put(row.getString(1), row.getLong(2));
        });
    return sizes;
  }
}
