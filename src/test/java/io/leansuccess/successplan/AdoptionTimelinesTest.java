package io.leansuccess.successplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The expected adoption timeline: the median of similar accounts once there are enough of them. */
class AdoptionTimelinesTest {

  private static final LocalDate SIGNED = LocalDate.of(2027, 1, 4);

  private final SuccessPlanProperties settings = new SuccessPlanProperties();
  private final AdoptionTimelines timelines = new AdoptionTimelines(null, settings);

  @Test
  void shouldExpectOurDefaultsWhenTooFewSimilarAccountsReachedAMilestone() {
    var timeline =
        timelines.estimate(
            "Mid-market",
            "Logistics",
            SIGNED,
            List.of(reachedUsageAfter(100), reachedUsageAfter(120)));

    var usage = timeline.milestones().get(0);
    assertThat(usage.milestone()).isEqualTo(AdoptionMilestone.USAGE);
    assertThat(usage.basis()).isEqualTo(AdoptionTimeline.Basis.DEFAULT);
    assertThat(usage.days()).isEqualTo(180);
    assertThat(usage.expectedBy()).isEqualTo(SIGNED.plusDays(180));
    assertThat(usage.sample()).isEqualTo(2);
    assertThat(timeline.similarAccounts()).isEqualTo(2);
  }

  @Test
  void shouldExpectTheMedianOfSimilarAccountsWhenEnoughReachedAMilestone() {
    var timeline =
        timelines.estimate(
            "Mid-market",
            "Logistics",
            SIGNED,
            List.of(
                reachedUsageAfter(100),
                reachedUsageAfter(300),
                reachedUsageAfter(120),
                reachedUsageAfter(140)));

    var usage = timeline.milestones().get(0);
    assertThat(usage.basis()).isEqualTo(AdoptionTimeline.Basis.SIMILAR_ACCOUNTS);
    assertThat(usage.days()).isEqualTo(140);
    assertThat(usage.sample()).isEqualTo(4);
    assertThat(timeline.milestones().get(1).basis()).isEqualTo(AdoptionTimeline.Basis.DEFAULT);
  }

  @Test
  void shouldIgnoreMilestonesReachedBeforeTheContract() {
    var history =
        new AdoptionHistory("old", SIGNED, Map.of(AdoptionMilestone.USAGE, SIGNED.minusDays(3)));

    assertThat(history.daysTo(AdoptionMilestone.USAGE)).isEmpty();
  }

  @Test
  void shouldPutArrIntoItsSizeBand() {
    assertThat(settings.bandOf(new java.math.BigDecimal("49999.99")).getName()).isEqualTo("Small");
    assertThat(settings.bandOf(new java.math.BigDecimal("50000")).getName())
        .isEqualTo("Mid-market");
    assertThat(settings.bandOf(new java.math.BigDecimal("9000000")).getName())
        .isEqualTo("Enterprise");
  }

  private static AdoptionHistory reachedUsageAfter(int days) {
    return new AdoptionHistory(
        "a" + days, SIGNED, Map.of(AdoptionMilestone.USAGE, SIGNED.plusDays(days)));
  }
}
