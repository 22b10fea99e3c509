package io.leansuccess.pages;

import io.leansuccess.maturity.MaturityLevel;
import io.leansuccess.portfolio.Portfolio;
import io.leansuccess.portfolio.PortfolioFilter;
import io.leansuccess.portfolio.PortfolioSort;
import io.leansuccess.shared.InvalidFieldException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * {@code /pages/portfolio}: the accounts in view a page at a time, filtered and sorted by the URL's
 * parameters (bookmarkable), with charts of the whole filtered set.
 */
@Controller
class PortfolioPage {

  static final String PATH = "/pages/portfolio";

  /** The health chart's bars in the colours of the health badges; grey before an evaluation. */
  static final Map<String, String> HEALTH_COLOURS =
      Map.of(
          "RED",
          "#b42318",
          "AMBER",
          "#d97706",
          "GREEN",
          "#1f9d55",
          PortfolioFilter.NOT_EVALUATED,
          "#8c96a5");

  private final Portfolio portfolio;
  private final ChartData charts;

  PortfolioPage(Portfolio portfolio, ChartData charts) {
    this.portfolio = portfolio;
    this.charts = charts;
  }

  @GetMapping(PATH)
  String portfolio(@RequestParam Map<String, String> parameters, Model model) {
    Portfolio.Page page = portfolio.page(PortfolioFilter.of(parameters));
    PortfolioFilter filter = page.filter();
    model.addAttribute("page", page);
    model.addAttribute("rows", page.rows());
    model.addAttribute("filter", filter);
    model.addAttribute("stages", PortfolioFilter.stages());
    model.addAttribute("healths", PortfolioFilter.healths());
    model.addAttribute("levels", MaturityLevel.values());
    model.addAttribute("stageChart", charts.bar("Accounts by stage", page.byStage()));
    model.addAttribute(
        "healthChart",
        charts.bar(
            "Accounts by health",
            page.byHealth(),
            page.byHealth().keySet().stream().map(HEALTH_COLOURS::get).toList()));
    model.addAttribute(
        "previous", filter.page() > 1 ? link(filter.onPage(filter.page() - 1)) : null);
    model.addAttribute(
        "next", filter.page() < page.pages() ? link(filter.onPage(filter.page() + 1)) : null);
    model.addAttribute("sortLinks", sortLinks(filter));
    return "pages/portfolio";
  }

  /** A bad filter value: a page that names the parameter and what it takes, and nothing else. */
  @ExceptionHandler(InvalidFieldException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  String badFilter(InvalidFieldException bad, Model model) {
    model.addAttribute("parameter", bad.field());
    model.addAttribute("message", bad.getMessage());
    model.addAttribute("back", PATH);
    return "pages/bad-request";
  }

  /** Each column's sort link: by that column from page 1, the other way round if it is the sort. */
  private static Map<String, String> sortLinks(PortfolioFilter filter) {
    Map<String, String> links = new LinkedHashMap<>();
    for (PortfolioSort sort : PortfolioSort.values()) {
      boolean descending = sort == filter.sort() && !filter.descending();
      Map<String, String> parameters = new LinkedHashMap<>(filter.parameters());
      parameters.remove("page");
      parameters.remove("direction");
      parameters.put("sort", sort.parameter());
      if (descending) {
        parameters.put("direction", "desc");
      }
      links.put(sort.parameter(), link(parameters));
    }
    return links;
  }

  private static String link(PortfolioFilter filter) {
    return link(filter.parameters());
  }

  private static String link(Map<String, String> parameters) {
    if (parameters.isEmpty()) {
      return PATH;
    }
    return PATH
        + "?"
        + parameters.entrySet().stream()
            .map(parameter -> parameter.getKey() + "=" + encoded(parameter.getValue()))
            .collect(Collectors.joining("&"));
  }

  private static String encoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
