package io.leansuccess.pages;

import io.leansuccess.cycle.Qbr;
import io.leansuccess.cycle.QbrService;
import io.leansuccess.usecase.UseCaseService;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /pages/accounts/{id}/cycles/{cycleId}/qbr}: the stored QBR snapshot of a cycle as the
 * customer sees it in the review, printable. It shows what was stored when the review was produced
 * in Revise, not today's numbers, so the page and the meeting agree.
 */
@Controller
class QbrPage {

  private static final DateTimeFormatter PRODUCED_AT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

  /** Health as the chart draws it, bottom up, in the colours of the portfolio's health badges. */
  private static final List<ChartData.Level> HEALTH_LEVELS =
      List.of(
          new ChartData.Level("RED", "#b42318"),
          new ChartData.Level("AMBER", "#d97706"),
          new ChartData.Level("GREEN", "#1f9d55"));

  private final QbrService qbrs;
  private final ChartData charts;
  private final UseCaseService useCases;

  QbrPage(QbrService qbrs, ChartData charts, UseCaseService useCases) {
    this.qbrs = qbrs;
    this.charts = charts;
    this.useCases = useCases;
  }

  /** A use case of the QBR with its chart. */
  record UseCaseSection(Qbr.UseCaseResult result, boolean overridden, String chart) {}

  /** A health of the quarter as a row of the page: its colour from one day to another, and why. */
  record HealthRow(String colour, String from, String to, List<Qbr.WarningSign> warningSigns) {}

  @GetMapping("/pages/accounts/{accountId}/cycles/{cycleId}/qbr")
  String qbr(@PathVariable String accountId, @PathVariable String cycleId, Model model) {
    Qbr qbr =
        qbrs.find(cycleId)
            .filter(found -> found.accountId().equals(accountId))
            .orElseThrow(
                () ->
                    new ResponseStatusException(
                        HttpStatus.NOT_FOUND,
                        "No QBR for cycle " + cycleId + " of account " + accountId));
    model.addAttribute("qbr", qbr);
    model.addAttribute("producedAt", PRODUCED_AT.format(qbr.producedAt()));
    // today's origin, not the snapshot's: a use case copied from the library stays so marked
    model.addAttribute("fromLibrary", useCases.libraryOrigins(accountId));
    model.addAttribute("useCases", qbr.useCases().stream().map(this::section).toList());
    Map<String, Integer> levels = new LinkedHashMap<>();
    qbr.maturity().forEach(segment -> levels.put(segment.name(), segment.level()));
    model.addAttribute("maturityChart", charts.bar("Maturity level per segment", levels));
    List<Qbr.HealthPeriod> health = qbr.health() == null ? List.of() : qbr.health();
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
    return "pages/qbr";
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

  /** A point where each health was first found and, on a later day, where it was last confirmed. */
  private String healthChart(List<Qbr.HealthPeriod> health) {
    List<String> days = new ArrayList<>();
    List<Integer> values = new ArrayList<>();
    List<String> names = HEALTH_LEVELS.stream().map(ChartData.Level::name).toList();
    for (Qbr.HealthPeriod period : health) {
      int level = names.indexOf(period.colour());
      days.add(DAY.format(period.firstEvaluatedAt()));
      values.add(level);
      String last = DAY.format(period.evaluatedAt());
      if (!last.equals(days.get(days.size() - 1))) {
        days.add(last);
        values.add(level);
      }
    }
    return charts.levels("Health over the quarter", days, values, HEALTH_LEVELS);
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
