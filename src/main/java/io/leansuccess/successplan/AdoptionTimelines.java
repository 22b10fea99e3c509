package io.leansuccess.successplan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;

/**
 * Estimates an account's adoption timeline from accounts like it: "a timeline for the customer's
 * expected adoption ... based on ... other similar size and type customers" (article 003).
 */
@Component
public class AdoptionTimelines {

  private final AdoptionHistoryRepository histories;
  private final SuccessPlanProperties settings;

  public AdoptionTimelines(AdoptionHistoryRepository histories, SuccessPlanProperties settings) {
    this.histories = histories;
    this.settings = settings;
  }

  public AdoptionTimeline expect(
      String accountId, String industry, BigDecimal arrAtSigning, LocalDate signedOn) {
    var band = settings.bandOf(arrAtSigning);
    List<AdoptionHistory> similar =
        histories.similarTo(accountId, industry, settings.lowerBoundOf(band), band.getUpTo());
    return estimate(band.getName(), industry, signedOn, similar);
  }

  /**
   * The median days of the similar accounts that reached each milestone, or the default with too
   * few.
   */
  AdoptionTimeline estimate(
      String band, String industry, LocalDate signedOn, List<AdoptionHistory> similar) {
    List<AdoptionTimeline.Milestone> milestones =
        Arrays.stream(AdoptionMilestone.values())
            .map(milestone -> milestone(milestone, signedOn, daysTo(milestone, similar)))
            .toList();
    return new AdoptionTimeline(band, industry, similar.size(), milestones);
  }

  private AdoptionTimeline.Milestone milestone(
      AdoptionMilestone milestone, LocalDate signedOn, long[] days) {
    boolean enough = days.length > 0 && days.length >= settings.getMinSimilarAccounts();
    long expected = enough ? median(days) : settings.defaultDays(milestone);
    return new AdoptionTimeline.Milestone(
        milestone,
        milestone.title(),
        expected,
        signedOn.plusDays(expected),
        enough ? AdoptionTimeline.Basis.SIMILAR_ACCOUNTS : AdoptionTimeline.Basis.DEFAULT,
        days.length);
  }

  private static long[] daysTo(AdoptionMilestone milestone, List<AdoptionHistory> similar) {
    return similar.stream()
        .map(history -> history.daysTo(milestone))
        .filter(OptionalLong::isPresent)
        .mapToLong(OptionalLong::getAsLong)
        .sorted()
        .toArray();
  }

  /** Of an even count, the upper middle: a plan should not promise the faster of two. */
  static long median(long[] sorted) {
    return sorted[sorted.length / 2];
  }
}
