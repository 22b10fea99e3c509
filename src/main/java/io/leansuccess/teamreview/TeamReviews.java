package io.leansuccess.teamreview;

import io.leansuccess.account.Teams;
import io.leansuccess.contract.Contract;
import io.leansuccess.contract.ContractService;
import io.leansuccess.cycle.Quarter;
import io.leansuccess.cycle.Vision;
import io.leansuccess.cycle.VisionService;
import io.leansuccess.health.HealthColour;
import io.leansuccess.health.HealthFactor;
import io.leansuccess.health.HealthRepository;
import io.leansuccess.shared.AccountsInView;
import io.leansuccess.shared.BookOfBusiness;
import io.leansuccess.teamreview.TeamReview.AccountSummary;
import io.leansuccess.teamreview.TeamReview.Challenges;
import io.leansuccess.teamreview.TeamReview.DeepDive;
import io.leansuccess.teamreview.TeamReview.HealthPoint;
import io.leansuccess.teamreview.TeamReview.QuarterTrend;
import io.leansuccess.teamreview.TeamReview.Revenue;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes a team's quarterly review from live data, for the team's CSMs and the managers who lead it.
 * Another team's review, a CSM outside the team or an account outside the territory is not found
 * (the pages answer 404: the existence of what one may not see is not told).
 */
@Service
public class TeamReviews {

  private final TeamReviewRepository reviews;
  private final AccountsInView inView;
  private final Teams teams;
  private final OverdueSteps overdueSteps;
  private final ContractService contracts;
  private final VisionService visions;
  private final HealthRepository health;
  private final TeamReviewProperties settings;
  private final Clock clock;

  TeamReviews(
      TeamReviewRepository reviews,
      AccountsInView inView,
      Teams teams,
      OverdueSteps overdueSteps,
      ContractService contracts,
      VisionService visions,
      HealthRepository health,
      TeamReviewProperties settings,
      Clock clock) {
    this.reviews = reviews;
    this.inView = inView;
    this.teams = teams;
    this.overdueSteps = overdueSteps;
    this.contracts = contracts;
    this.visions = visions;
    this.health = health;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * The teams whose review the one asking may open, by id with their names: their own, or every
   * team that has an account for an admin.
   */
  public Map<String, String> teamsInView() {
    BookOfBusiness.View view = inView.view();
    List<String> ids =
        view.everything() ? reviews.teamsWithAccounts() : view.teams().stream().sorted().toList();
    Map<String, String> named = new LinkedHashMap<>();
    ids.forEach(id -> named.put(id, teams.name(id)));
    return named;
  }

  public int defaultRenewalWindowDays() {
    return settings.getRenewalWindowDays();
  }

  public int maxRenewalWindowDays() {
    return settings.getMaxRenewalWindowDays();
  }

  public Quarter currentQuarter() {
    return Quarter.of(clock.instant());
  }

  @Transactional(readOnly = true)
  public Optional<TeamReview> review(ReviewScope scope) {
    if (!mayOpen(scope)) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    List<AccountSummary> accounts = reviews.accounts(scope);
    DeepDive deepDive = null;
    if (scope.deepDiveAccount() != null) {
      Optional<AccountSummary> picked =
          accounts.stream().filter(a -> a.id().equals(scope.deepDiveAccount())).findFirst();
      if (picked.isEmpty()) {
        return Optional.empty();
      }
      deepDive = deepDive(picked.get(), scope, now);
    }
    return Optional.of(
        new TeamReview(
            scope,
            teams.name(scope.team()),
            reviews.owners(scope.team()),
            accounts,
            deepDive,
            new TeamReview.Achievements(
                reviews.adopted(scope), reviews.promotions(scope), reviews.storiesShared(scope)),
            challenges(scope, accounts, now),
            revenue(scope, accounts, now)));
  }

  private boolean mayOpen(ReviewScope scope) {
    BookOfBusiness.View view = inView.view();
    boolean team =
        view.everything() ? teams.exists(scope.team()) : view.teams().contains(scope.team());
    return team && (scope.csm() == null || teams.isMember(scope.csm(), scope.team()));
  }

  private DeepDive deepDive(AccountSummary account, ReviewScope scope, Instant now) {
    Optional<Contract> contract = contracts.latestOf(account.id());
    Optional<Vision> vision = visions.find(account.id(), scope.quarter().year());
    Quarter first = trendQuarters(scope.quarter()).get(0);
    Instant until = min(scope.quarter().next().start(), now);
    List<HealthPoint> trend =
        health.historyBetween(account.id(), first.start(), until).stream()
            .map(
                evaluation ->
                    new HealthPoint(
                        evaluation.colour().name(),
                        LocalDate.ofInstant(evaluation.firstEvaluatedAt(), ZoneOffset.UTC),
                        LocalDate.ofInstant(evaluation.evaluatedAt(), ZoneOffset.UTC),
                        evaluation.factors().stream().map(HealthFactor::description).toList()))
            .toList();
    return new DeepDive(
        account,
        contract.map(c -> c.purchase().plan()).orElse(null),
        contract.map(c -> c.purchase().products()).orElse(List.of()),
        contract.map(Contract::goals).orElse(List.of()),
        contract.map(Contract::businessChallenges).orElse(List.of()),
        vision.map(Vision::statement).orElse(null),
        vision
            .map(v -> v.objectives().stream().map(o -> o.title() + ": " + o.measure()).toList())
            .orElse(List.of()),
        trend);
  }

  private Challenges challenges(ReviewScope scope, List<AccountSummary> accounts, Instant now) {
    List<AccountSummary> atRisk =
        accounts.stream()
            .filter(a -> isColour(a, HealthColour.RED) || isColour(a, HealthColour.AMBER))
            .sorted(Comparator.comparing((AccountSummary a) -> !isColour(a, HealthColour.RED)))
            .toList();
    Map<String, String> names =
        accounts.stream().collect(Collectors.toMap(AccountSummary::id, AccountSummary::name));
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    List<TeamReview.OverdueStep> overdue =
        overdueSteps.of(names.keySet(), now).stream()
            .map(
                step -> {
                  LocalDate due = LocalDate.ofInstant(step.due(), ZoneOffset.UTC);
                  return new TeamReview.OverdueStep(
                      step.accountId(),
                      names.get(step.accountId()),
                      step.name(),
                      due,
                      ChronoUnit.DAYS.between(due, today));
                })
            .toList();
    return new Challenges(atRisk, reviews.setbacks(scope), overdue, trend(scope, now));
  }

  private List<QuarterTrend> trend(ReviewScope scope, Instant now) {
    List<Quarter> quarters = trendQuarters(scope.quarter());
    List<Instant> ends = quarters.stream().map(q -> min(q.next().start(), now)).toList();
    Map<Integer, Map<String, Long>> colours = reviews.healthAt(scope, ends);
    Map<Quarter, Map<String, Long>> setbacks =
        reviews.setbacksPerQuarter(scope, quarters.get(0), scope.quarter());
    List<QuarterTrend> trend = new ArrayList<>();
    for (int i = 0; i < quarters.size(); i++) {
      Map<String, Long> health = colours.getOrDefault(i, Map.of());
      Map<String, Long> outcomes = setbacks.getOrDefault(quarters.get(i), Map.of());
      trend.add(
          new QuarterTrend(
              quarters.get(i),
              health.getOrDefault(HealthColour.AMBER.name(), 0L),
              health.getOrDefault(HealthColour.RED.name(), 0L),
              outcomes.getOrDefault("ITERATE", 0L),
              outcomes.getOrDefault("DISCARD", 0L)));
    }
    return trend;
  }

  private Revenue revenue(ReviewScope scope, List<AccountSummary> accounts, Instant now) {
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    LocalDate until = today.plusDays(scope.renewalWindowDays());
    List<AccountSummary> renewals =
        accounts.stream()
            .filter(a -> a.renewalDate() != null)
            .filter(a -> !a.renewalDate().isBefore(today) && !a.renewalDate().isAfter(until))
            .sorted(
                Comparator.comparing(AccountSummary::renewalDate)
                    .thenComparing(AccountSummary::name))
            .toList();
    return new Revenue(
        today,
        until,
        renewals,
        sum(accounts, AccountSummary::arrAtSigning),
        sum(accounts, AccountSummary::arrNow),
        accounts.stream()
            .filter(a -> a.arrChange().signum() > 0)
            .sorted(Comparator.comparing(AccountSummary::arrChange).reversed())
            .toList(),
        accounts.stream()
            .filter(a -> a.arrChange().signum() < 0)
            .sorted(Comparator.comparing(AccountSummary::arrChange))
            .toList());
  }

  /** The trend's quarters, oldest first, ending with {@code last}. */
  List<Quarter> trendQuarters(Quarter last) {
    List<Quarter> quarters = new ArrayList<>();
    Quarter quarter = last;
    for (int i = 0; i < Math.max(1, settings.getTrendQuarters()); i++) {
      quarters.add(0, quarter);
      quarter =
          quarter.quarter() == 1
              ? new Quarter(quarter.year() - 1, 4)
              : new Quarter(quarter.year(), quarter.quarter() - 1);
    }
    return quarters;
  }

  private static boolean isColour(AccountSummary account, HealthColour colour) {
    return colour.name().equals(account.health());
  }

  private static java.math.BigDecimal sum(
      List<AccountSummary> accounts, Function<AccountSummary, java.math.BigDecimal> value) {
    return accounts.stream()
        .map(value)
        .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
