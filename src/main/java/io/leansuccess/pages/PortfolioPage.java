package io.leansuccess.pages;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /pages/portfolio}: all accounts on one printable page, with a chart of where their cycles
 * are.
 */
@Controller
class PortfolioPage {

  private final Portfolio portfolio;
  private final ChartData charts;

  PortfolioPage(Portfolio portfolio, ChartData charts) {
    this.portfolio = portfolio;
    this.charts = charts;
  }

  @GetMapping("/pages/portfolio")
  String portfolio(Model model) {
    List<Portfolio.Row> rows = portfolio.rows();
    model.addAttribute("rows", rows);
    model.addAttribute("stageChart", charts.bar("Accounts by stage", Portfolio.byStage(rows)));
    model.addAttribute("healthChart", charts.bar("Accounts by health", Portfolio.byHealth(rows)));
    return "pages/portfolio";
  }
}
