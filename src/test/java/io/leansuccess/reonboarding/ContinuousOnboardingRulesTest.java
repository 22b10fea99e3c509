package io.leansuccess.reonboarding;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansuccess.decision.Decision;
import io.leansuccess.rules.drools.CompiledRules;
import io.leansuccess.support.ShippedRules;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fires the real {@code rules/ContinuousOnboarding.drl}: each reason at its edge, a jump just under
 * and just over the threshold. The segment was trained with 100 licences, 80 active users and an
 * ARR of 120000.
 */
class ContinuousOnboardingRulesTest {

  static CompiledRules rules;

  @BeforeAll
  static void compile() {
    rules = ShippedRules.compile(ContinuousOnboarding.DECISION);
  }

  @Test
  void shouldFindNoReasonWhenTheSegmentIsAsItWasTrained() {
    Decision decision = evaluate(reading(100, 80, "120000", null));

    assertThat(decision.factsOf(ReOnboardingReason.class)).isEmpty();
    assertThat(decision.policies().get("ReOnboardingPolicy"))
        .containsEntry("licenceGrowthShare", 0.10)
        .containsEntry("activeUsersJumpShare", 0.20)
        .containsEntry("arrGrowthShare", 0.20);
  }

  @Test
  void shouldReOnboardWhenLicencesRiseTenPercentAndNotJustUnder() {
    assertThat(triggers(reading(109, null, null, null))).isEmpty();

    Decision raised = evaluate(reading(110, null, null, null));

    assertThat(triggers(raised)).containsExactly(ReOnboardingTrigger.LICENCES_RAISED);
    assertThat(raised.firedRules()).contains("Licences raised since the segment was trained");
    assertThat(raised.factsOf(ReOnboardingReason.class).get(0).description())
        .isEqualTo("Licensed users up 10% or more since the segment was trained (100 to 110)");
  }

  @Test
  void shouldReOnboardWhenActiveUsersJumpTwentyPercentPastTheTrainedBaseAndNotJustUnder() {
    assertThat(triggers(reading(100, 95, null, null))).isEmpty();

    Decision jumped = evaluate(reading(100, 96, null, null));

    assertThat(triggers(jumped)).containsExactly(ReOnboardingTrigger.ACTIVE_USERS_JUMPED);
    assertThat(jumped.firedRules()).contains("Active users jumped past the trained base");
    assertThat(jumped.factsOf(ReOnboardingReason.class).get(0).description())
        .isEqualTo("Active users 20% or more above the 80 users trained (96 active)");
  }

  @Test
  void shouldReOnboardOnAnArrExpansionOfTwentyPercentAndNotJustUnder() {
    assertThat(triggers(reading(100, null, "143999.99", null))).isEmpty();

    assertThat(triggers(reading(100, null, "144000", null)))
        .containsExactly(ReOnboardingTrigger.ARR_RAISED);
  }

  @Test
  void shouldReOnboardWhenAFeatureIsReleased() {
    Decision released = evaluate(reading(100, null, null, "Route optimiser"));

    assertThat(triggers(released)).containsExactly(ReOnboardingTrigger.FEATURE_RELEASED);
    assertThat(released.factsOf(ReOnboardingReason.class).get(0).description())
        .isEqualTo("Feature released: Route optimiser");
  }

  @Test
  void shouldNotJudgeALicenceJumpOfASegmentTrainedWithoutLicences() {
    var noBase = new SegmentReading("acme", "emea", 0, 0, null, 500, 400, null, null);

    assertThat(triggers(evaluate(noBase))).isEmpty();
  }

  @Test
  void shouldReOnboardAsSoonAsTheTeamSetsALowerJump() {
    CompiledRules tenPercent =
        ShippedRules.compile(
            ContinuousOnboarding.DECISION,
            ShippedRules.withDefault(
                ContinuousOnboarding.DECISION, "activeUsersJumpShare", "0.10"));

    assertThat(
            tenPercent
                .evaluate(List.of(reading(100, 88, null, null)))
                .factsOf(ReOnboardingReason.class))
        .extracting(ReOnboardingReason::trigger)
        .containsExactly(ReOnboardingTrigger.ACTIVE_USERS_JUMPED);
  }

  private static SegmentReading reading(
      int licensedUsers, Integer activeUsers, String arr, String feature) {
    return new SegmentReading(
        "acme",
        "emea",
        80,
        100,
        new BigDecimal("120000"),
        licensedUsers,
        activeUsers,
        arr == null ? null : new BigDecimal(arr),
        feature);
  }

  private static List<ReOnboardingTrigger> triggers(SegmentReading reading) {
    return triggers(evaluate(reading));
  }

  private static List<ReOnboardingTrigger> triggers(Decision decision) {
    return decision.factsOf(ReOnboardingReason.class).stream()
        .map(ReOnboardingReason::trigger)
        .toList();
  }

  private static Decision evaluate(SegmentReading reading) {
    return rules.evaluate(List.of(reading));
  }
}
