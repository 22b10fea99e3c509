package io.leansuccess.pages;

import io.leansuccess.progress.ProgressDashboard;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the progress dashboard's template shows, with its charts' data. */
@Component
class ProgressModel {

  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

  private final ChartData charts;
  private final QbrModel qbrs;

  ProgressModel(ChartData charts, QbrModel qbrs) {
    this.charts = charts;
    this.qbrs = qbrs;
  }

  /** A segment's usage chart; null when nothing was read for it yet. */
  record UsageSection(ProgressDashboard.SegmentUsage usage, String chart) {}

  void fill(Model model, ProgressDashboard dashboard) {
    model.addAttribute("dashboard", dashboard);
    model.addAttribute("usage", dashboard.usage().stream().map(this::usage).toList());
    List<String> kpiLabels = new ArrayList<>();
    List<Long> kpiProgress = new ArrayList<>();
    dashboard
        .runningUseCases()
        .forEach(
            useCase ->
                useCase
                    .kpis()
                    .forEach(
                        kpi -> {
                          kpiLabels.add(useCase.title() + ": " + kpi.name());
                          kpiProgress.add(Math.round(kpi.progress() * 100));
                        }));
    model.addAttribute(
        "kpiChart",
        kpiLabels.isEmpty()
            ? null
            : charts.grouped(
                "KPI progress toward target (%)",
                kpiLabels,
                List.of(
                    new ChartData.Dataset("Progress", kpiProgress),
                    new ChartData.Dataset("Target", Collections.nCopies(kpiLabels.size(), 100)))));
    Map<String, Integer> levels = new LinkedHashMap<>();
    dashboard.maturity().forEach(segment -> levels.put(segment.name(), segment.level()));
    model.addAttribute(
        "maturityChart",
        levels.isEmpty() ? null : charts.bar("Maturity level per segment", levels));
    model.addAttribute("milestones", dashboard.milestones());
    model.addAttribute(
        "milestoneChart",
        dashboard.milestones() == null ? null : qbrs.milestoneChart(dashboard.milestones()));
  }

  private UsageSection usage(ProgressDashboard.SegmentUsage usage) {
    if (usage.months().isEmpty()) {
      return new UsageSection(usage, null);
    }
    List<String> months =
        usage.months().stream().map(month -> MONTH.format(month.month())).toList();
    return new UsageSection(
        usage,
        charts.grouped(
            "Active users and licences: " + usage.name(),
            months,
            List.of(
                new ChartData.Dataset(
                    "Active users",
                    usage.months().stream()
                        .map(ProgressDashboard.MonthlyActiveUsers::activeUsers)
                        .toList()),
                new ChartData.Dataset(
                    "Licensed users", Collections.nCopies(months.size(), usage.licensedUsers())))));
  }
}
