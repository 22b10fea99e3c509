package io.leansuccess.pages;

import io.leansuccess.account.Account;
import io.leansuccess.account.AccountService;
import io.leansuccess.cycle.Cycle;
import io.leansuccess.cycle.CycleOverviews;
import io.leansuccess.cycle.CycleStage;
import io.leansuccess.cycle.QbrService;
import io.leansuccess.execution.UseCaseExecutionProcess;
import io.leansuccess.getwell.GetWellPlans;
import io.leansuccess.health.HealthColour;
import io.leansuccess.health.HealthFactor;
import io.leansuccess.health.HealthRepository;
import io.leansuccess.maturity.MaturityService;
import io.leansuccess.onboarding.OnboardingService;
import io.leansuccess.usecase.UseCase;
import io.leansuccess.usecase.UseCaseService;
import io.leansuccess.usecase.UseCaseStatus;
import java.time.Clock;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/**
 * Every account as a CS leader scans them: where its cycle is, how mature, what is late, what
 * worked.
 */
@Component
class Portfolio {

  /** The stage column of an account that has never started a cycle. */
  static final String NO_CYCLE = "NO_CYCLE";

  /**
   * The stage column of an account onboarded from its contract, in its launch before the first
   * cycle.
   */
  static final String LAUNCH = "LAUNCH";

  /** The health column of an account the health rules have not evaluated yet. */
  static final String NOT_EVALUATED = "NOT_EVALUATED";

  private final AccountService accounts;
  private final CycleOverviews cycles;
  private final QbrService qbrs;
  private final MaturityService maturity;
  private final UseCaseService useCases;
  private final TaskService tasks;
  private final OnboardingService onboardings;
  private final HealthRepository health;
  private final GetWellPlans getWellPlans;
  private final Clock clock;

  Portfolio(
      AccountService accounts,
      CycleOverviews cycles,
      QbrService qbrs,
      MaturityService maturity,
      UseCaseService useCases,
      TaskService tasks,
      OnboardingService onboardings,
      HealthRepository health,
      GetWellPlans getWellPlans,
      Clock clock) {
    this.accounts = accounts;
    this.cycles = cycles;
    this.qbrs = qbrs;
    this.maturity = maturity;
    this.useCases = useCases;
    this.tasks = tasks;
    this.onboardings = onboardings;
    this.health = health;
    this.getWellPlans = getWellPlans;
    this.clock = clock;
  }

  record Row(
      String accountId,
      String name,
      String industry,
      String stage,
      String quarter,
      Health health,
      List<SegmentLevel> segments,
      long overdueTasks,
      List<Adopted> adopted,
      String qbrCycleId) {}

  /**
   * The colour of the latest evaluation, the warning signs that made it so, and whether a get-well
   * plan is open.
   */
  record Health(String colour, List<String> warningSigns, boolean getWellPlanOpen) {}

  record SegmentLevel(String name, int level, String title) {}

  record Adopted(String id, String title) {}

  List<Row> rows() {
    int count = (int) Math.min(accounts.count(), Integer.MAX_VALUE);
    return accounts.list(count, 0).stream().map(this::row).toList();
  }

  /**
   * How many accounts have each health colour, every colour listed so the chart's axis never
   * changes.
   */
  static Map<String, Long> byHealth(List<Row> rows) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (HealthColour colour : HealthColour.values()) {
      counts.put(colour.name(), 0L);
    }
    counts.put(NOT_EVALUATED, 0L);
    rows.forEach(row -> counts.merge(row.health().colour(), 1L, Long::sum));
    return counts;
  }

  /**
   * How many accounts stand in each stage, every stage listed so the chart's axis never changes.
   */
  static Map<String, Long> byStage(List<Row> rows) {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put(NO_CYCLE, 0L);
    counts.put(LAUNCH, 0L);
    for (CycleStage stage : CycleStage.values()) {
      counts.put(stage.name(), 0L);
    }
    rows.forEach(row -> counts.merge(row.stage(), 1L, Long::sum));
    return counts;
  }

  private Row row(Account account) {
    List<Cycle> history = cycles.ofAccount(account.id());
    Optional<Cycle> open = history.stream().filter(Cycle::open).findFirst();
    // the newest QBR, which may belong to the cycle that just closed
    String qbrCycleId =
        history.stream()
            .map(Cycle::id)
            .filter(id -> qbrs.find(id).isPresent())
            .findFirst()
            .orElse(null);
    List<SegmentLevel> segments =
        maturity.standings(account.id()).stream()
            .map(
                standing ->
                    new SegmentLevel(
                        standing.segmentName(),
                        standing.level().number(),
                        standing.level().title()))
            .toList();
    List<Adopted> adopted =
        useCases.ofAccount(account.id(), Set.of(UseCaseStatus.ADOPTED)).stream()
            .map((UseCase useCase) -> new Adopted(useCase.id(), useCase.title()))
            .toList();
    return new Row(
        account.id(),
        account.name(),
        account.industry(),
        stage(account.id(), history, open),
        open.map(cycle -> cycle.quarter().toString()).orElse(""),
        health(account.id()),
        segments,
        overdueTasks(account.id()),
        adopted,
        qbrCycleId);
  }

  private Health health(String accountId) {
    var latest = health.current(accountId);
    return new Health(
        latest.map(evaluation -> evaluation.colour().name()).orElse(NOT_EVALUATED),
        latest
            .map(
                evaluation -> evaluation.factors().stream().map(HealthFactor::description).toList())
            .orElse(List.of()),
        getWellPlans.hasOpenPlan(accountId));
  }

  /** The open cycle's stage; before the first cycle, the launch when a contract started one. */
  private String stage(String accountId, List<Cycle> history, Optional<Cycle> open) {
    if (open.isPresent()) {
      return open.get().stage().name();
    }
    return history.isEmpty() && onboardings.onboardingOf(accountId).isPresent() ? LAUNCH : NO_CYCLE;
  }

  /**
   * Cycle tasks and use-case execution tasks alike carry the account in their process variables.
   */
  private long overdueTasks(String accountId) {
    return tasks
        .createTaskQuery()
        .processVariableValueEquals(UseCaseExecutionProcess.ACCOUNT_ID, accountId)
        .dueBefore(Date.from(clock.instant()))
        .count();
  }
}
