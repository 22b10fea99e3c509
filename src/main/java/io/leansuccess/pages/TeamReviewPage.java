package io.leansuccess.pages;

import io.leansuccess.cycle.Quarter;
import io.leansuccess.health.HealthColour;
import io.leansuccess.portfolio.PortfolioFilter;
import io.leansuccess.teamreview.ReviewScope;
import io.leansuccess.teamreview.TeamReview;
import io.leansuccess.teamreview.TeamReviews;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /pages/teams/{team}/review}: the team's (or one CSM's) quarterly review that a CSM
 * presents to peers, printable; {@code /pages/team-review} leads to the reviews of one's teams.
 */
@Controller
class TeamReviewPage {

  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

  private final TeamReviews reviews;
  private final ChartData charts;

  TeamReviewPage(TeamReviews reviews, ChartData charts) {
    this.reviews = reviews;
    this.charts = charts;
  }

  @GetMapping("/pages/team-review")
  String teams(Model model) {
    Map<String, String> teams = reviews.teamsInView();
    if (teams.size() == 1) {
      return "redirect:" + reviewPath(teams.keySet().iterator().next());
    }
    model.addAttribute(
        "teams",
        teams.entrySet().stream()
            .map(team -> Map.of("name", team.getValue(), "path", reviewPath(team.getKey())))
            .toList());
    return "pages/team-reviews";
  }

  @GetMapping("/pages/teams/{team}/review")
  String review(
      @PathVariable String team,
      @RequestParam(required = false) String quarter,
      @RequestParam(required = false) String csm,
      @RequestParam(required = false) String account,
      @RequestParam(required = false) Integer renewalDays,
      Model model) {
    int days = renewalDays == null ? reviews.defaultRenewalWindowDays() : renewalDays;
    if (days < 1 || days > reviews.maxRenewalWindowDays()) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST,
          "renewalDays must be from 1 to " + reviews.maxRenewalWindowDays());
    }
    var scope = new ReviewScope(team, csm, quarter(quarter), account, days);
    TeamReview review =
        reviews
            .review(scope)
            .orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such team review"));
    model.addAttribute("review", review);
    model.addAttribute("path", reviewPath(team));
    model.addAttribute("achievementsChart", achievementsChart(review.achievements()));
    model.addAttribute("trendChart", trendChart(review.challenges().trend()));
    model.addAttribute("renewalsChart", renewalsChart(review.revenue(), days));
    Map<String, java.math.BigDecimal> arr = new LinkedHashMap<>();
    arr.put("At signing", review.revenue().arrAtSigning());
    arr.put("Now", review.revenue().arrNow());
    model.addAttribute("arrChart", charts.bar("ARR at signing and now", arr));
    if (review.deepDive() != null && !review.deepDive().healthTrend().isEmpty()) {
      model.addAttribute(
          "healthChart",
          healthChart(review.deepDive().healthTrend(), review.challenges().trend().size()));
    }
    return "pages/team-review";
  }

  private String achievementsChart(TeamReview.Achievements achievements) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put("Use cases adopted", achievements.adopted().size());
    counts.put("Maturity promotions", achievements.promotions().size());
    counts.put("Success stories shared", achievements.storiesShared().size());
    return charts.bar("Achievements this quarter", counts);
  }

  private String trendChart(List<TeamReview.QuarterTrend> trend) {
    return charts.grouped(
        "Adoption challenges over the last " + trend.size() + " quarters",
        trend.stream().map(t -> t.quarter().toString()).toList(),
        List.of(
            new ChartData.Dataset(
                "Accounts amber", trend.stream().map(TeamReview.QuarterTrend::amber).toList()),
            new ChartData.Dataset(
                "Accounts red", trend.stream().map(TeamReview.QuarterTrend::red).toList()),
            new ChartData.Dataset(
                "Use cases iterated",
                trend.stream().map(TeamReview.QuarterTrend::iterated).toList()),
            new ChartData.Dataset(
                "Use cases discarded",
                trend.stream().map(TeamReview.QuarterTrend::discarded).toList())));
  }

  private String renewalsChart(TeamReview.Revenue revenue, int days) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (HealthColour colour : HealthColour.values()) {
      counts.put(colour.name(), 0L);
    }
    counts.put(PortfolioFilter.NOT_EVALUATED, 0L);
    revenue
        .renewals()
        .forEach(
            renewal ->
                counts.merge(
                    renewal.health() == null ? PortfolioFilter.NOT_EVALUATED : renewal.health(),
                    1L,
                    Long::sum));
    return charts.bar("Renewals in the next " + days + " days by health", counts);
  }

  private String healthChart(List<TeamReview.HealthPoint> trend, int quarters) {
    return charts.health(
        "Health over the last " + quarters + " quarters",
        trend.stream()
            .map(
                point ->
                    new ChartData.HealthSpan(
                        point.colour(),
                        point.firstFound().toString(),
                        point.lastConfirmed().toString()))
            .toList());
  }

  private Quarter quarter(String text) {
    if (text == null || text.isBlank()) {
      return reviews.currentQuarter();
    }
    Matcher matcher = QUARTER.matcher(text.trim());
    if (!matcher.matches()) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST, "quarter must be a year and a quarter, such as 2027-Q1");
    }
    return new Quarter(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
  }

  private static String reviewPath(String team) {
    return UriComponentsBuilder.fromPath("/pages/teams/{team}/review")
        .buildAndExpand(team)
        .encode()
        .toUriString();
  }
}
