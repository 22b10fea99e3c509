package io.leansuccess.teamreview;

import io.leansuccess.cycle.Quarter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A team's (or one CSM's) quarterly review, made from live data along the agenda of the quarterly
 * customer success meeting: the deep dive of one account, the customers' achievements, the adoption
 * challenges of the territory, and the revenue ahead.
 *
 * @param teamName the team's name in the directory
 * @param csms the owners of the team's accounts, for choosing one CSM's territory
 * @param accounts the accounts of the territory, by name, for the deep dive's picker
 * @param deepDive null until an account is picked
 */
public record TeamReview(
    ReviewScope scope,
    String teamName,
    List<String> csms,
    List<AccountSummary> accounts,
    DeepDive deepDive,
    Achievements achievements,
    Challenges challenges,
    Revenue revenue) {

  /** An account of the territory as of now. */
  public record AccountSummary(
      String id,
      String name,
      String industry,
      String owner,
      BigDecimal arrAtSigning,
      BigDecimal arrNow,
      LocalDate renewalDate,
      String health,
      List<String> warningSigns,
      boolean getWellPlanOpen) {

    public BigDecimal arrChange() {
      return arrNow.subtract(arrAtSigning);
    }
  }

  /**
   * The picked account: their business and its challenges, why they bought (the latest contract),
   * their vision of the year, their health now and over the trend's quarters.
   */
  public record DeepDive(
      AccountSummary account,
      String plan,
      List<String> products,
      List<String> goals,
      List<String> businessChallenges,
      String vision,
      List<String> objectives,
      List<HealthPoint> healthTrend) {}

  /** A health found on a day and last confirmed on another, with its warning signs. */
  public record HealthPoint(
      String colour, LocalDate firstFound, LocalDate lastConfirmed, List<String> warningSigns) {}

  public record Achievements(
      List<AdoptedUseCase> adopted, List<Promotion> promotions, List<StoryShared> storiesShared) {}

  public record AdoptedUseCase(
      String id,
      String title,
      String accountId,
      String accountName,
      LocalDate adoptedOn,
      List<KpiChange> kpis) {}

  /** A KPI before (its baseline) and after (its latest measurement, null when unmeasured). */
  public record KpiChange(
      String name, String unit, BigDecimal before, BigDecimal after, BigDecimal target) {}

  public record Promotion(
      String accountId,
      String accountName,
      String segment,
      int fromLevel,
      int toLevel,
      LocalDate on) {}

  public record StoryShared(
      String useCaseId, String title, String accountName, LocalDate sharedOn) {}

  /**
   * @param atRisk the accounts amber or red now, red first
   * @param outcomes use cases the quarter's cycles sent round again or discarded
   * @param trend one entry per quarter, oldest first, the reviewed quarter last
   */
  public record Challenges(
      List<AccountSummary> atRisk,
      List<UseCaseSetback> outcomes,
      List<OverdueStep> overdue,
      List<QuarterTrend> trend) {}

  /** A use case's outcome of ITERATE or DISCARD in a cycle of the quarter. */
  public record UseCaseSetback(
      String useCaseId, String title, String accountName, String outcome, int iterations) {}

  /** A step past its due date, and by how many days. */
  public record OverdueStep(
      String accountId, String accountName, String name, LocalDate due, long daysOverdue) {}

  /**
   * How the territory stood at a quarter's end (or now, for the quarter under way): accounts amber
   * and red, use cases iterated and discarded in its cycles.
   */
  public record QuarterTrend(
      Quarter quarter, long amber, long red, long iterated, long discarded) {}

  /**
   * @param renewals due within the scope's window, soonest first
   * @param expansions accounts whose ARR grew since signing, largest growth first
   * @param contractions accounts whose ARR shrank since signing, largest loss first
   */
  public record Revenue(
      LocalDate from,
      LocalDate until,
      List<AccountSummary> renewals,
      BigDecimal arrAtSigning,
      BigDecimal arrNow,
      List<AccountSummary> expansions,
      List<AccountSummary> contractions) {

    public BigDecimal renewingArr() {
      return renewals.stream().map(AccountSummary::arrNow).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal expansionArr() {
      return expansions.stream()
          .map(AccountSummary::arrChange)
          .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal contractionArr() {
      return contractions.stream()
          .map(AccountSummary::arrChange)
          .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
  }
}
