package io.leansuccess.portfolio;

import io.leansuccess.health.HealthEvaluation;
import io.leansuccess.health.HealthFactor;
import io.leansuccess.health.HealthRepository;
import io.leansuccess.maturity.MaturityLevel;
import io.leansuccess.shared.InvalidFieldException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts as a CS leader scans them, a page at a time: where each one's cycle is, how healthy
 * and how mature, what is late, what worked; filtered, sorted, and counted over the whole filtered
 * set. A page costs the same few queries whether the book holds a hundred accounts or a hundred
 * thousand (docs/pages.md).
 */
@Service
public class Portfolio {

  private final PortfolioRepository repository;
  private final HealthRepository health;
  private final OverdueTasks overdueTasks;
  private final Clock clock;

  Portfolio(
      PortfolioRepository repository,
      HealthRepository health,
      OverdueTasks overdueTasks,
      Clock clock) {
    this.repository = repository;
    this.health = health;
    this.overdueTasks = overdueTasks;
    this.clock = clock;
  }

  /** A page of the portfolio, the counts of everything the filter lets through, and the choices. */
  public record Page(
      PortfolioFilter filter,
      List<Row> rows,
      long total,
      Map<String, Long> byStage,
      Map<String, Long> byHealth,
      List<String> teams,
      List<String> csms) {

    public long pages() {
      return Math.max(1, (total + filter.size() - 1) / filter.size());
    }
  }

  public record Row(
      String accountId,
      String name,
      String industry,
      String team,
      String csm,
      LocalDate renewalDate,
      BigDecimal arrNow,
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
  public record Health(String colour, List<String> warningSigns, boolean getWellPlanOpen) {}

  public record SegmentLevel(String name, int level, String title) {}

  public record Adopted(String id, String title) {}

  /**
   * The page the filter asks for, of the accounts the one asking may see.
   *
   * @throws InvalidFieldException naming {@code team} or {@code csm} when no account in view has
   *     that team or CSM
   */
  @Transactional(readOnly = true)
  public Page page(PortfolioFilter filter) {
    var visible = repository.inView();
    PortfolioRepository.Choices choices = repository.choices(visible);
    requireChoice("team", filter.team(), choices.teams(), "is not a team of the accounts you see");
    requireChoice("csm", filter.csm(), choices.csms(), "is not the CSM of an account you see");
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    PortfolioRepository.Counts counts = repository.counts(visible, filter, today);
    long total = counts.byStage().values().stream().mapToLong(Long::longValue).sum();
    List<PortfolioRepository.Fact> facts = repository.page(visible, filter, today);
    return new Page(
        filter,
        rows(facts),
        total,
        counts.byStage(),
        counts.byHealth(),
        choices.teams(),
        choices.csms());
  }

  private List<Row> rows(List<PortfolioRepository.Fact> facts) {
    if (facts.isEmpty()) {
      return List.of();
    }
    List<String> ids = facts.stream().map(PortfolioRepository.Fact::id).toList();
    Map<String, List<SegmentLevel>> segments =
        repository.segments(ids).stream()
            .collect(
                Collectors.groupingBy(
                    PortfolioRepository.SegmentLevel::accountId,
                    Collectors.mapping(
                        segment ->
                            new SegmentLevel(
                                segment.name(),
                                segment.level(),
                                MaturityLevel.of(segment.level()).title()),
                        Collectors.toList())));
    Map<String, List<Adopted>> adopted =
        repository.adopted(ids).stream()
            .collect(
                Collectors.groupingBy(
                    PortfolioRepository.Adopted::accountId,
                    Collectors.mapping(
                        useCase -> new Adopted(useCase.id(), useCase.title()),
                        Collectors.toList())));
    Map<String, HealthEvaluation> evaluations =
        health.evaluations(
            facts.stream()
                .map(PortfolioRepository.Fact::evaluationId)
                .filter(Objects::nonNull)
                .toList());
    Map<String, Long> overdue = overdueTasks.byAccount(ids, clock.instant());
    return facts.stream()
        .map(
            fact ->
                new Row(
                    fact.id(),
                    fact.name(),
                    fact.industry(),
                    fact.team(),
                    fact.owner(),
                    fact.renewalDate(),
                    fact.arrNow(),
                    fact.stage(),
                    fact.quarter(),
                    new Health(
                        fact.health(),
                        warningSigns(
                            fact.evaluationId() == null
                                ? null
                                : evaluations.get(fact.evaluationId())),
                        fact.getWellPlanOpen()),
                    segments.getOrDefault(fact.id(), List.of()),
                    overdue.getOrDefault(fact.id(), 0L),
                    adopted.getOrDefault(fact.id(), List.of()),
                    fact.qbrCycleId()))
        .toList();
  }

  private static List<String> warningSigns(HealthEvaluation evaluation) {
    return evaluation == null
        ? List.of()
        : evaluation.factors().stream().map(HealthFactor::description).toList();
  }

  private static void requireChoice(
      String parameter, String value, List<String> choices, String message) {
    if (value != null && !choices.contains(value)) {
      throw new InvalidFieldException(
          parameter, message + ": '" + PortfolioFilter.shortened(value) + "'");
    }
  }
}
