package io.leansuccess.bench;

import io.leansuccess.account.Account;
import io.leansuccess.account.AccountRepository;
import io.leansuccess.account.Ownership;
import io.leansuccess.cycle.Cycle;
import io.leansuccess.cycle.CycleService;
import io.leansuccess.cycle.QbrService;
import io.leansuccess.engine.DemoTeams;
import io.leansuccess.support.Http;
import io.leansuccess.support.SqlStatements;
import io.leansuccess.support.TestData;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.HdrHistogram.Histogram;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The leaders' pages at scale: the portfolio's filtered page of 50 and a QBR over HTTP, as a CSM
 * and as a manager, with {@code small} and then {@code large} accounts in the database (ten teams,
 * five CSMs each; the manager leads two teams). What each page costs in SQL statements at both
 * sizes, side by side, and the p95 at the large size (HdrHistogram, median of the rounds) against
 * the 300 ms budget.
 */
final class LeadersPages {

  static final String NAME = "7 leaders' pages";
  static final double BUDGET_MILLIS = 300;
  static final int TEAMS = 10;
  static final int CSMS_PER_TEAM = 5;

  private final int port;
  private final JdbcTemplate jdbc;
  private final SqlStatements statements;
  private final String run = UUID.randomUUID().toString().substring(0, 6);
  private final String password = "bench-" + run;
  private final List<String> teams = new ArrayList<>();
  private final Map<String, Http> clients = new LinkedHashMap<>();
  private String csm;
  private String manager;
  private String qbrPath;

  private LeadersPages(int port, JdbcTemplate jdbc, SqlStatements statements) {
    this.port = port;
    this.jdbc = jdbc;
    this.statements = statements;
  }

  /** The four requests measured: who asks, and which page. */
  private record Request(String label, String user, String path) {}

  static List<BenchmarkResult> run(
      int port,
      JdbcTemplate jdbc,
      SqlStatements statements,
      IdentityService identity,
      AccountRepository accounts,
      CycleService cycles,
      QbrService qbrs,
      int small,
      int large,
      int requests,
      int rounds) {
    LeadersPages pages = new LeadersPages(port, jdbc, statements);
    pages.createTeams(identity);
    pages.seed(0, small);
    pages.aRealQbr(accounts, cycles, qbrs);
    List<Request> measured = pages.requests();
    measured.forEach(request -> pages.get(request)); // warm-up: templates, caches, JIT
    Map<String, Long> statementsSmall = pages.statementsOf(measured);
    Map<String, Double> p95Small = pages.p95s(measured, requests, rounds);
    pages.seed(small, large);
    Map<String, Long> statementsLarge = pages.statementsOf(measured);
    Map<String, Double> p95Large = pages.p95s(measured, requests, rounds);

    String sizes = format(large) + " vs " + format(small) + " accounts";
    List<BenchmarkResult> results = new ArrayList<>();
    measured.forEach(
        request ->
            results.add(
                result(
                    request,
                    "SQL statements, " + sizes,
                    "statements",
                    statementsLarge,
                    statementsSmall,
                    1.0)));
    measured.forEach(
        request ->
            results.add(
                result(
                    request,
                    "p95 at " + format(large) + " accounts vs 300 ms",
                    "ms",
                    p95Large,
                    Map.of(request.label(), BUDGET_MILLIS),
                    1.0)));
    measured.forEach(
        request ->
            results.add(result(request, "p95, " + sizes, "ms", p95Large, p95Small, Double.NaN)));
    return results;
  }

  private static BenchmarkResult result(
      Request request,
      String comparison,
      String unit,
      Map<String, ? extends Number> ours,
      Map<String, ? extends Number> baseline,
      double target) {
    return new BenchmarkResult(
        NAME,
        request.label() + ": " + comparison,
        unit,
        ours.get(request.label()).doubleValue(),
        baseline.get(request.label()).doubleValue(),
        target,
        false);
  }

  private List<Request> requests() {
    return List.of(
        new Request(
            "portfolio, CSM, filtered page of 50",
            csm,
            "/pages/portfolio?renewalWithin=365&sort=health&size=50"),
        new Request(
            "portfolio, manager, filtered page of 50",
            manager,
            "/pages/portfolio?team=" + teams.get(1) + "&sort=renewal&size=50"),
        new Request("QBR, CSM", csm, qbrPath),
        new Request("QBR, manager", manager, qbrPath));
  }

  /** Ten teams of five CSMs; the manager leads the first two. */
  private void createTeams(IdentityService identity) {
    for (int t = 0; t < TEAMS; t++) {
      String team = "bench-team-" + run + "-" + t;
      teams.add(team);
      var group = identity.newGroup(team);
      group.setName("Bench team " + t);
      group.setType(DemoTeams.TYPE);
      identity.saveGroup(group);
      for (int c = 0; c < CSMS_PER_TEAM; c++) {
        String user = csmOf(t, c);
        var csmUser = identity.newUser(user);
        csmUser.setPassword(password);
        identity.saveUser(csmUser);
        identity.createMembership(user, "csm");
        identity.createMembership(user, team);
      }
    }
    csm = csmOf(0, 0);
    manager = "bench-manager-" + run;
    var user = identity.newUser(manager);
    user.setPassword(password);
    identity.saveUser(user);
    identity.createMembership(manager, "cs-manager");
    identity.createMembership(manager, teams.get(0));
    identity.createMembership(manager, teams.get(1));
  }

  private String csmOf(int team, int number) {
    return "bench-csm-" + run + "-" + team + "-" + number;
  }

  /**
   * Accounts {@code from} to {@code to} (exclusive) with everything the portfolio shows, in a few
   * set-based inserts: two segments with their maturity, health (60 % green, 20 % amber, 12 % red,
   * the rest not evaluated) with warning signs, an open cycle for 70 % and last quarter's closed
   * cycle with its QBR for half, a launch for a third of the rest, adopted use cases for 30 %, a
   * get-well plan for the red ones.
   */
  private void seed(int from, int to) {
    String g = "generate_series(" + from + ", " + (to - 1) + ") g";
    String id = "'bench-pages-" + run + "-' || lpad(g::text, 6, '0')";
    String hash = "(abs(hashtext(g::text || 'h')) % 100)";
    StringBuilder teamCase = new StringBuilder("case g % " + TEAMS);
    for (int t = 0; t < TEAMS; t++) {
      teamCase.append(" when ").append(t).append(" then '").append(teams.get(t)).append("'");
    }
    teamCase.append(" end");
    String owner =
        "'bench-csm-"
            + run
            + "-' || (g % "
            + TEAMS
            + ") || '-' || ((g / "
            + TEAMS
            + ") % "
            + CSMS_PER_TEAM
            + ")";
    jdbc.update(
        "insert into ls_account (id, name, industry, arr_at_signing, arr_now, renewal_date,"
            + " team_id, owner_id) select "
            + id
            + ", 'Account ' || g || ' ' || (array['Logistics','Retail','Mining','Health','Media'])[1 + g % 5],"
            + " (array['Logistics','Retail','Mining','Health','Media'])[1 + g % 5],"
            + " 40000 + (g % 97) * 1000, 42000 + (g % 89) * 1100, current_date + (g % 540) - 60, "
            + teamCase
            + ", "
            + owner
            + " from "
            + g);
    jdbc.update(
        "insert into ls_account_segment (account_id, segment_key, sort_order, kind, name,"
            + " licensed_users) select "
            + id
            + ", s.key, s.n, 'GEOGRAPHY', s.name, 50 + g % 200 from "
            + g
            + " cross join (values ('emea', 0, 'Europe'), ('amer', 1, 'Americas')) s(key, n, name)");
    jdbc.update(
        "insert into ls_segment_maturity (account_id, segment_key, level, missed_floor_cycles,"
            + " updated_at) select "
            + id
            + ", s.key, 1 + (abs(hashtext(g::text || s.key)) % 4), 0, now() from "
            + g
            + " cross join (values ('emea'), ('amer')) s(key)");
    String colour =
        "case when "
            + hash
            + " < 60 then 'GREEN' when "
            + hash
            + " < 80 then 'AMBER' else 'RED' end";
    jdbc.update(
        "insert into ls_health_evaluation (id, account_id, colour, factors, fired_rules,"
            + " rules_deployment_id, rules_resource, outcome, first_evaluated_at, evaluated_at,"
            + " evaluations) select 'bench-eval-' || "
            + id
            + ", "
            + id
            + ", "
            + colour
            + ", case when "
            + hash
            + " < 60 then '[]' else '[{\"code\":\"LOW_ACTIVE_USERS\",\"severity\":\"' || "
            + colour
            + " || '\",\"description\":\"Active users below 40% of licences (31 of 100)\"}]' end,"
            + " '[\"Amber: a warning sign\"]', 'bench', 'rules/HealthEscalation.drl', 'NONE',"
            + " now() - interval '30 days', now(), 30 from "
            + g
            + " where "
            + hash
            + " < 92");
    jdbc.update(
        "insert into ls_health_state (account_id, colour, green_streak, escalated, evaluation_id,"
            + " evaluated_at) select "
            + id
            + ", "
            + colour
            + ", 0, false, 'bench-eval-' || "
            + id
            + ", now() from "
            + g
            + " where "
            + hash
            + " < 92");
    String stage =
        "(array['ENVISION','BUILD','BUILD','MEASURE','REVISE'])[1 + abs(hashtext(g::text || 's')) % 5]";
    jdbc.update(
        "insert into ls_cycle (id, account_id, year, quarter, stage, open_account_id, started_at)"
            + " select 'bench-cycle-' || "
            + id
            + ", "
            + id
            + ", 2026, 4, "
            + stage
            + ", "
            + id
            + ", now() - interval '20 days' from "
            + g
            + " where g % 10 < 7");
    jdbc.update(
        "insert into ls_cycle (id, account_id, year, quarter, stage, started_at, closed_at)"
            + " select 'bench-closed-' || "
            + id
            + ", "
            + id
            + ", 2026, 3, 'CLOSED', now() - interval '110 days', now() - interval '21 days' from "
            + g
            + " where g % 2 = 0");
    jdbc.update(
        "insert into ls_onboarding (account_id, contract_id, take_stock, started_at) select "
            + id
            + ", 'bench-contract-' || g, false, now() - interval '10 days' from "
            + g
            + " where g % 10 >= 7 and g % 2 = 1 and g % 3 = 0");
    jdbc.update(
        "insert into ls_use_case (id, account_id, title, kind, required_maturity,"
            + " execution_duration, status, iterations, created_at, updated_at, adopted_at) select"
            + " 'bench-uc-' || "
            + id
            + ", "
            + id
            + ", 'Route planning in ' || (array['Europe','Americas'])[1 + g % 2], 'PLANNED', 2,"
            + " 'P3M', 'ADOPTED', 1, now() - interval '200 days', now(), now() - interval '30 days'"
            + " from "
            + g
            + " where g % 10 in (1, 4, 8)");
    jdbc.update(
        "insert into ls_get_well_plan (id, account_id, open_account_id, reasons, started_at)"
            + " select 'bench-gwp-' || "
            + id
            + ", "
            + id
            + ", "
            + id
            + ", '[]', now() - interval '5 days' from "
            + g
            + " where "
            + hash
            + " between 80 and 91");
    copyQbrs();
    // what an operator's import ends with: the planner's statistics of the new rows
    jdbc.execute(
        "analyze ls_account, ls_account_segment, ls_segment_maturity, ls_health_evaluation,"
            + " ls_health_state, ls_cycle, ls_qbr, ls_onboarding, ls_use_case, ls_get_well_plan");
  }

  private String accountId(int number) {
    return "bench-pages-" + run + "-" + String.format("%06d", number);
  }

  private String qbrAccount() {
    return "bench-pages-" + run + "-qbr";
  }

  /** An account of the CSM's with a cycle run by the product and its QBR produced. */
  private void aRealQbr(AccountRepository accounts, CycleService cycles, QbrService qbrs) {
    String id = qbrAccount();
    if (accounts.find(id).isEmpty()) {
      accounts.insert(
          new Account(
              id,
              "Bench QBR account",
              "Logistics",
              new BigDecimal("90000"),
              new BigDecimal("95000"),
              LocalDate.now().plusDays(90),
              List.of(TestData.segment("emea", 100))));
      accounts.assign(id, new Ownership(teams.get(0), csm));
    }
    Cycle cycle = cycles.start(id);
    qbrs.produce(cycle.id());
    qbrPath = "/pages/accounts/" + id + "/cycles/" + cycle.id() + "/qbr";
    copyQbrs();
  }

  /** Every seeded closed cycle gets a copy of the real QBR, as its own account's. */
  private void copyQbrs() {
    if (qbrPath == null) {
      return;
    }
    jdbc.update(
        "insert into ls_qbr (cycle_id, account_id, produced_at, content) select c.id, c.account_id,"
            + " c.closed_at, replace(q.content, q.account_id, c.account_id) from ls_cycle c"
            + " cross join (select account_id, content from ls_qbr where account_id = ?) q"
            + " where c.id like ? and not exists (select 1 from ls_qbr x where x.cycle_id = c.id)",
        qbrAccount(),
        "bench-closed-bench-pages-" + run + "-%");
  }

  private Map<String, Long> statementsOf(List<Request> measured) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Request request : measured) {
      counts.put(request.label(), statements.during(() -> get(request)).count().statements());
    }
    System.out.println("leaders' pages, statements per request: " + counts);
    return counts;
  }

  /** The median over the rounds of each request's p95; the requests alternate within a round. */
  private Map<String, Double> p95s(List<Request> measured, int requests, int rounds) {
    Map<String, List<Double>> p95 = new LinkedHashMap<>();
    for (int round = 0; round < rounds; round++) {
      Map<String, Histogram> latencies = new LinkedHashMap<>();
      measured.forEach(request -> latencies.put(request.label(), new Histogram(60_000_000L, 3)));
      for (int i = 0; i < requests; i++) {
        for (Request request : measured) {
          long start = System.nanoTime();
          get(request);
          latencies.get(request.label()).recordValue((System.nanoTime() - start) / 1_000);
        }
      }
      for (Request request : measured) {
        double millis = latencies.get(request.label()).getValueAtPercentile(95) / 1_000.0;
        p95.computeIfAbsent(request.label(), label -> new ArrayList<>()).add(millis);
        System.out.printf(
            "leaders' pages round %d, %s: p95 %.1f ms%n", round + 1, request.label(), millis);
      }
    }
    Map<String, Double> medians = new LinkedHashMap<>();
    p95.forEach((label, values) -> medians.put(label, Medians.of(values)));
    return medians;
  }

  private String get(Request request) {
    HttpResponse<String> page =
        clients
            .computeIfAbsent(request.user(), user -> Http.as(port, user, password))
            .get(request.path());
    if (page.statusCode() != 200) {
      throw new IllegalStateException(
          request.label() + " answered " + page.statusCode() + ": " + page.body());
    }
    return page.body();
  }

  private static String format(int accounts) {
    return String.format("%,d", accounts);
  }
}
