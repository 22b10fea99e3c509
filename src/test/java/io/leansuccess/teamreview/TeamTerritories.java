package io.leansuccess.teamreview;

import io.leansuccess.account.Account;
import io.leansuccess.account.AccountRepository;
import io.leansuccess.account.Ownership;
import io.leansuccess.account.Segment;
import io.leansuccess.account.SegmentKind;
import io.leansuccess.cycle.Cycle;
import io.leansuccess.cycle.CycleService;
import io.leansuccess.support.TestData;
import io.leansuccess.usecase.UseCase;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A team of its own for a test, with a manager who leads it, two CSMs and accounts that have
 * something for every section of the team's review: red, amber and green health with warning signs,
 * an adopted use case with its KPIs measured and its success story shared, a maturity promotion, a
 * use case sent round again, an overdue step, a renewal within 120 days, ARR grown or shrunk since
 * signing. Ids are UUIDs, names long and unicode, as a CRM sends them. Not a bean, so the tests
 * that use it share the one integration-test context.
 */
public class TeamTerritories {

  public static final String PASSWORD = "territory-pw";

  private final IdentityService identity;
  private final AccountRepository accounts;
  private final TestData data;
  private final CycleService cycles;
  private final TaskService tasks;
  private final JdbcClient jdbc;
  private final Clock clock;

  public TeamTerritories(
      IdentityService identity,
      AccountRepository accounts,
      TestData data,
      CycleService cycles,
      TaskService tasks,
      JdbcClient jdbc,
      Clock clock) {
    this.identity = identity;
    this.accounts = accounts;
    this.data = data;
    this.cycles = cycles;
    this.tasks = tasks;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** A team, its people and its accounts; {@code accounts[i]} is owned by CSM {@code i % 2}. */
  public record Territory(
      String team,
      String manager,
      List<String> csms,
      List<Account> accounts,
      List<String> adoptedUseCases) {}

  public Territory withAccounts(int count) {
    String suffix = UUID.randomUUID().toString();
    String team = "team-" + suffix;
    var group = identity.newGroup(team);
    group.setName("Équipe Nordics & Baltics – Øresund Region " + suffix.substring(0, 4));
    group.setType("team");
    identity.saveGroup(group);
    String manager = user("lead." + suffix, team, "cs-manager", "csm");
    List<String> csms =
        List.of(user("csm.a." + suffix, team, "csm"), user("csm.b." + suffix, team, "csm"));
    List<Account> created = new ArrayList<>();
    List<String> adopted = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Account account = account(i, csms.get(i % 2), team);
      created.add(account);
      adopted.add(fill(account, i));
    }
    return new Territory(team, manager, csms, created, adopted);
  }

  private String user(String id, String team, String... roles) {
    var user = identity.newUser(id);
    user.setFirstName("Åsa");
    user.setLastName("Nordström-Øberg");
    user.setPassword(PASSWORD);
    identity.saveUser(user);
    identity.createMembership(id, team);
    for (String role : roles) {
      identity.createMembership(id, role);
    }
    return id;
  }

  private Account account(int i, String owner, String team) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    String id = UUID.randomUUID().toString();
    BigDecimal signed = new BigDecimal("120000.00");
    BigDecimal now =
        switch (i % 3) {
          case 0 -> new BigDecimal("150000.00");
          case 1 -> new BigDecimal("95000.00");
          default -> signed;
        };
    var account =
        new Account(
            id,
            "Ørsted Vindkraft & Søn <Nordic> „Aktieselskab“ 株式会社 — Division Nº" + i + " " + id,
            "Énergie renouvelable",
            signed,
            now,
            today.plusDays(30 + i),
            List.of(
                new Segment("emea", SegmentKind.GEOGRAPHY, "Europe – Øresund", 100),
                new Segment("apac", SegmentKind.GEOGRAPHY, "Asia Pacific", 50)));
    accounts.insert(account);
    accounts.assign(id, new Ownership(team, owner));
    return account;
  }

  /** Everything the review reads for one account; returns its adopted use case's id. */
  private String fill(Account account, int i) {
    Instant now = clock.instant();
    Instant yesterday = now.minus(Duration.ofHours(20));
    health(
        account.id(),
        "GREEN",
        "[]",
        now.minus(Duration.ofDays(200)),
        now.minus(Duration.ofDays(100)));
    String colour = i % 3 == 0 ? "RED" : i % 3 == 1 ? "AMBER" : "GREEN";
    String factors =
        colour.equals("GREEN")
            ? "[]"
            : """
              [{"code":"LOW_ACTIVE_USERS","severity":"%s","description":"Active users below 40%% of licences (31 of 150) – Øresund"}]"""
                .formatted(colour);
    String latest = health(account.id(), colour, factors, now.minus(Duration.ofDays(3)), yesterday);
    jdbc.sql(
            """
            insert into ls_health_state (account_id, colour, verdict, green_streak, escalated, evaluation_id, evaluated_at)
            values (?, ?, ?, 0, false, ?, ?)""")
        .params(account.id(), colour, colour + ":", latest, Timestamp.from(yesterday))
        .update();

    UseCase adopted = data.aPlannedUseCase(account).create();
    jdbc.sql(
            """
            update ls_use_case set status = 'ADOPTED', adopted_at = ?, success_story_shared_at = ?,
              title = ? where id = ?""")
        .params(
            Timestamp.from(yesterday),
            Timestamp.from(yesterday),
            "Month-end close in three days – Ωmega rollout " + i,
            adopted.id())
        .update();
    data.measure(adopted.id(), "adoption", 18, yesterday);
    String decision = UUID.randomUUID().toString();
    jdbc.sql(
            """
            insert into ls_decision (id, account_id, decision_name, subject_type, subject_id, outcome,
              fired_rules, rules_deployment_id, rules_resource, facts, decided_at)
            values (?, ?, 'MaturityTransitions', 'SEGMENT', 'emea', 'PROMOTE', '[]', 'test',
              'MaturityTransitions.drl', '{}', ?)""")
        .params(decision, account.id(), Timestamp.from(yesterday))
        .update();
    jdbc.sql(
            """
            insert into ls_maturity_transition (id, account_id, segment_key, from_level, to_level, cycle_id,
              decision_id, transitioned_at) values (?, ?, 'emea', 1, 2, null, ?, ?)""")
        .params(UUID.randomUUID().toString(), account.id(), decision, Timestamp.from(yesterday))
        .update();

    int year = LocalDate.ofInstant(now, ZoneOffset.UTC).getYear();
    jdbc.sql("insert into ls_vision (account_id, year, statement, updated_at) values (?, ?, ?, ?)")
        .params(
            account.id(),
            year,
            "Chaque parc éolien planifie dans l'outil – 2030 ready",
            Timestamp.from(now))
        .update();
    jdbc.sql(
            """
            insert into ls_objective (account_id, year, position, title, measure)
            values (?, ?, 0, 'Cut turbine downtime', 'Downtime below 2 %')""")
        .params(account.id(), year)
        .update();

    Cycle cycle = cycles.start(account.id());
    UseCase iterating = data.aPlannedUseCase(account).create();
    jdbc.sql(
            """
            insert into ls_cycle_use_case (cycle_id, use_case_id, selection, rank, proposed_outcome, outcome)
            values (?, ?, 'SELECTED', 1, 'ITERATE', 'ITERATE')""")
        .params(cycle.id(), iterating.id())
        .update();
    jdbc.sql("update ls_use_case set title = ? where id = ?")
        .params("Predictive maintenance – Turbinen-Überwachung " + i, iterating.id())
        .update();
    for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(account.id()).list()) {
      task.setDueDate(Date.from(now.minus(Duration.ofDays(5))));
      tasks.saveTask(task);
    }
    return adopted.id();
  }

  private String health(
      String accountId, String colour, String factors, Instant first, Instant last) {
    String id = UUID.randomUUID().toString();
    jdbc.sql(
            """
            insert into ls_health_evaluation (id, account_id, colour, factors, fired_rules, rules_deployment_id,
              rules_resource, outcome, decision_id, first_evaluated_at, evaluated_at, evaluations)
            values (?, ?, ?, ?, '[]', 'test', 'HealthEscalation.drl', 'NONE', null, ?, ?, 2)""")
        .params(id, accountId, colour, factors, Timestamp.from(first), Timestamp.from(last))
        .update();
    return id;
  }
}
