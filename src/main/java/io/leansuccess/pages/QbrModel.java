package io.leansuccess.pages;

import io.leansuccess.account.Account;
import io.leansuccess.account.AccountService;
import io.leansuccess.cycle.Qbr;
import io.leansuccess.cycle.Quarter;
import io.leansuccess.progress.MilestoneComparison;
import io.leansuccess.progress.PlanAndReality;
import io.leansuccess.progress.QuarterOutlook;
import io.leansuccess.usecase.UseCaseService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the QBR template shows, for the CS team's page and the customer's shared one alike: the
 * stored snapshot, and beside it the success plan's milestones against the days they were reached
 * (as things stood when the review was produced) and the outlook for the next quarter.
 */
@Component
class QbrModel {

  private static final DateTimeFormatter PRODUCED_AT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

  private final ChartData charts;
  private final PlanAndReality planAndReality;
  private final AccountService accounts;
  private final UseCaseService useCases;

  QbrModel(
      ChartData charts,
      PlanAndReality planAndReality,
      AccountService accounts,
      UseCaseService useCases) {
    this.charts = charts;
    this.planAndReality = planAndReality;
    this.accounts = accounts;
    this.useCases = useCases;
  }

  /** A use case of the QBR with its chart. */
  record UseCaseSection(Qbr.UseCaseResult result, boolean overridden, String chart) {}

  /** A health of the quarter as a row of the page: its colour from one day to another, and why. */
  record HealthRow(String colour, String from, String to, List<Qbr.WarningSign> warningSigns) {}

  void fill(Model model, Qbr qbr) {
    model.addAttribute("qbr", qbr);
    model.addAttribute("producedAt", PRODUCED_AT.format(qbr.producedAt()));
    // today's origin, not the snapshot's: a use case copied from the library stays so marked
    model.addAttribute("fromLibrary", useCases.libraryOrigins(qbr.accountId()));
    model.addAttribute("useCases", qbr.useCases().stream().map(this::section).toList());
    Map<String, Integer> levels = new LinkedHashMap<>();
    qbr.maturity().forEach(segment -> levels.put(segment.name(), segment.level()));
    model.addAttribute("maturityChart", charts.bar("Maturity level per segment", levels));
    List<Qbr.HealthPeriod> health = health(qbr);
    model.addAttribute(
        "healthRows",
        health.stream()
            .map(
                period ->
                    new HealthRow(
                        period.colour(),
                        DAY.format(period.firstEvaluatedAt()),
                        DAY.format(period.evaluatedAt()),
                        period.warningSigns()))
            .toList());
    model.addAttribute("healthChart", healthChart(health));
    LocalDate producedOn = LocalDate.ofInstant(qbr.producedAt(), ZoneOffset.UTC);
    List<MilestoneComparison> milestones =
        planAndReality.milestones(qbr.accountId(), producedOn).orElse(null);
    model.addAttribute("milestones", milestones);
    model.addAttribute("milestoneChart", milestones == null ? null : milestoneChart(milestones));
    model.addAttribute("outlook", outlook(qbr, milestones));
  }

  /** Days from signing each milestone was expected and reached, as the dashboard draws them too. */
  String milestoneChart(List<MilestoneComparison> milestones) {
    List<Long> reached = milestones.stream().map(MilestoneComparison::reachedDays).toList();
    return charts.grouped(
        "Adoption timeline: days from signing",
        milestones.stream().map(MilestoneComparison::title).toList(),
        List.of(
            new ChartData.Dataset(
                "Expected", milestones.stream().map(MilestoneComparison::expectedDays).toList()),
            new ChartData.Dataset("Reached", reached)));
  }

  private QuarterOutlook outlook(Qbr qbr, List<MilestoneComparison> milestones) {
    Quarter next = Quarter.of(qbr.producedAt()).next();
    LocalDate from = LocalDate.ofInstant(next.start(), ZoneOffset.UTC);
    LocalDate to = LocalDate.ofInstant(next.next().start(), ZoneOffset.UTC);
    List<Qbr.HealthPeriod> health = health(qbr);
    List<QuarterOutlook.Risk> risks =
        health.isEmpty()
            ? List.of()
            : health.get(health.size() - 1).warningSigns().stream()
                .map(
                    sign ->
                        new QuarterOutlook.Risk(sign.code(), sign.severity(), sign.description()))
                .toList();
    LocalDate renewal =
        accounts
            .find(qbr.accountId())
            .map(Account::renewalDate)
            .filter(day -> !day.isBefore(from) && day.isBefore(to))
            .orElse(null);
    return new QuarterOutlook(
        next.toString(),
        qbr.nextQuarter().stream()
            .map(
                planned ->
                    new QuarterOutlook.Planned(planned.id(), planned.title(), planned.status()))
            .toList(),
        risks,
        milestones == null
            ? List.of()
            : milestones.stream().filter(milestone -> milestone.dueBetween(from, to)).toList(),
        renewal);
  }

  private static List<Qbr.HealthPeriod> health(Qbr qbr) {
    return qbr.health() == null ? List.of() : qbr.health();
  }

  private UseCaseSection section(Qbr.UseCaseResult result) {
    List<String> labels = result.kpis().stream().map(kpi -> kpi.name() + unit(kpi.unit())).toList();
    String chart =
        charts.grouped(
            result.title(),
            labels,
            List.of(
                new ChartData.Dataset("Baseline", values(result, Qbr.KpiResult::baseline)),
                new ChartData.Dataset("Latest", values(result, Qbr.KpiResult::latest)),
                new ChartData.Dataset("Target", values(result, Qbr.KpiResult::target))));
    boolean overridden =
        result.outcome() != null
            && result.proposedOutcome() != null
            && !result.outcome().equals(result.proposedOutcome());
    return new UseCaseSection(result, overridden, chart);
  }

  private String healthChart(List<Qbr.HealthPeriod> health) {
    return charts.health(
        "Health over the quarter",
        health.stream()
            .map(
                period ->
                    new ChartData.HealthSpan(
                        period.colour(),
                        DAY.format(period.firstEvaluatedAt()),
                        DAY.format(period.evaluatedAt())))
            .toList());
  }

  private static String unit(String unit) {
    return unit == null || unit.isBlank() ? "" : " (" + unit + ")";
  }

  /** Unmeasured KPIs chart as no bar rather than as zero. */
  private static List<BigDecimal> values(
      Qbr.UseCaseResult result, Function<Qbr.KpiResult, BigDecimal> value) {
    return result.kpis().stream().map(value).toList();
  }
}
