package io.leansuccess.maturity;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansuccess.decision.Decision;
import io.leansuccess.rules.drools.CompiledRules;
import io.leansuccess.support.ShippedRules;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Fires the real {@code rules/MaturityTransitions.drl}. */
class MaturityTransitionsRulesTest {

  static final String PROMOTE = "Promote one level when the next level's criteria hold";
  static final String DEMOTE = "Demote one level when the floor is missed cycle after cycle";
  static final String VALUE = "Value: enough adopted use cases met their value KPIs";

  static CompiledRules rules;

  @BeforeAll
  static void compile() {
    rules = ShippedRules.compile("MaturityTransitions");
  }

  @Test
  void shouldPromoteLaunchToUsageAtFortyPercentActive() {
    Decision decision = evaluate(segment(1, 40, 100));

    assertThat(verdict(decision))
        .isEqualTo(new MaturityVerdict("emea", MaturityMove.PROMOTE, 2, 0));
    assertThat(decision.firedRules()).contains("Usage: enough licensed users active", PROMOTE);
  }

  @Test
  void shouldHoldLaunchJustUnderFortyPercent() {
    assertThat(verdict(evaluate(segment(1, 39, 100))).move()).isEqualTo(MaturityMove.HOLD);
  }

  @Test
  void shouldPromoteUsageToProficiencyWithSixtyPercentAndAnAdoptedUseCase() {
    assertThat(verdict(evaluate(segment(2, 60, 100), adopted(false, 2, false))))
        .isEqualTo(new MaturityVerdict("emea", MaturityMove.PROMOTE, 3, 0));
  }

  @Test
  void shouldNotPromoteToProficiencyWithoutAnAdoptedUseCase() {
    assertThat(verdict(evaluate(segment(2, 90, 100))).move()).isEqualTo(MaturityMove.HOLD);
  }

  @Test
  void shouldPromoteProficiencyToValueWithTwoValueUseCases() {
    Decision decision =
        evaluate(segment(3, 70, 100), adopted(true, 3, false), adopted(true, 3, false));

    assertThat(verdict(decision).level()).isEqualTo(4);
    assertThat(decision.firedRules()).contains(VALUE);
  }

  @Test
  void shouldNotCountValueKpisMetBelowProficiency() {
    Decision decision =
        evaluate(segment(3, 70, 100), adopted(true, 2, false), adopted(true, 3, false));

    assertThat(verdict(decision).move()).isEqualTo(MaturityMove.HOLD);
    assertThat(decision.firedRules()).doesNotContain(VALUE);
  }

  @Test
  void shouldPromoteValueToAdvocacyWithAStoryChampionsAndNpsOfThirty() {
    Decision decision =
        evaluate(
            new SegmentMaturity("emea", 4, 70, 100, 3, 30, 0),
            adopted(true, 3, true),
            adopted(true, 3, false));

    assertThat(verdict(decision))
        .isEqualTo(new MaturityVerdict("emea", MaturityMove.PROMOTE, 5, 0));
  }

  @Test
  void shouldNotPromoteToAdvocacyWithNpsOfTwentyNine() {
    Decision decision =
        evaluate(
            new SegmentMaturity("emea", 4, 70, 100, 3, 29, 0),
            adopted(true, 3, true),
            adopted(true, 3, false));

    assertThat(verdict(decision).move()).isEqualTo(MaturityMove.HOLD);
  }

  @Test
  void shouldWarnTheFirstTimeTheFloorIsMissed() {
    assertThat(verdict(evaluate(segment(2, 30, 100))))
        .isEqualTo(new MaturityVerdict("emea", MaturityMove.FLOOR_MISSED, 2, 1));
  }

  @Test
  void shouldDemoteWhenTheFloorIsMissedInTwoConsecutiveCycles() {
    Decision decision = evaluate(new SegmentMaturity("emea", 2, 30, 100, 0, null, 1));

    assertThat(verdict(decision)).isEqualTo(new MaturityVerdict("emea", MaturityMove.DEMOTE, 1, 0));
    assertThat(decision.firedRules()).contains(DEMOTE);
  }

  @Test
  void shouldResetTheMissCountWhenTheFloorHoldsAgain() {
    assertThat(verdict(evaluate(new SegmentMaturity("emea", 2, 45, 100, 0, null, 1))))
        .isEqualTo(new MaturityVerdict("emea", MaturityMove.HOLD, 2, 0));
  }

  @Test
  void shouldJudgeEachSegmentOnItsOwn() {
    Decision decision =
        evaluate(segment(1, 50, 100), new SegmentMaturity("apac", 1, 10, 100, 0, null, 0));

    assertThat(decision.factsOf(MaturityVerdict.class))
        .extracting(MaturityVerdict::segmentKey, MaturityVerdict::move)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("emea", MaturityMove.PROMOTE),
            org.assertj.core.groups.Tuple.tuple("apac", MaturityMove.HOLD));
  }

  private static SegmentMaturity segment(int level, int active, int licensed) {
    return new SegmentMaturity("emea", level, active, licensed, 0, null, 0);
  }

  private static int adoptedCount;

  private static AdoptedUseCase adopted(
      boolean valueKpisMet, int levelWhenAdopted, boolean shared) {
    return new AdoptedUseCase(
        "uc-" + (++adoptedCount), "emea", valueKpisMet, levelWhenAdopted, shared);
  }

  private static Decision evaluate(Object... facts) {
    return rules.evaluate(new ArrayList<>(List.of(facts)));
  }

  private static MaturityVerdict verdict(Decision decision) {
    return decision.single(MaturityVerdict.class).orElseThrow();
  }
}
