package io.leansuccess.renewal;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansuccess.decision.Decision;
import io.leansuccess.renewal.ReadinessVerdict.Readiness;
import io.leansuccess.rules.drools.CompiledRules;
import io.leansuccess.support.ShippedRules;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Fires the real {@code rules/RenewalReadiness.drl}. */
class RenewalReadinessRulesTest {

  static final String CLOSE = "Prepare the renewal: the renewal date is close";
  static final String UNHEALTHY = "Get well first: the relationship is not healthy";
  static final String PLAN_OPEN = "Get well first: a get-well plan is still open";
  static final String MISSING = "Answer the open questions first: the data cannot answer them all";
  static final String READY = "Renewal ready: healthy, and every question answered";

  static CompiledRules rules;

  @BeforeAll
  static void compile() {
    rules = ShippedRules.compile("RenewalReadiness");
  }

  @Test
  void shouldOpenReadinessWhenTheRenewalIsExactlyTheWindowAway() {
    Decision decision = rules.evaluate(List.of(new RenewalAhead("acme", 120)));

    assertThat(decision.factsOf(ReadinessDue.class)).containsExactly(new ReadinessDue("acme"));
    assertThat(decision.firedRules()).contains(CLOSE);
    assertThat(decision.policies().get("RenewalPolicy")).containsEntry("daysBeforeRenewal", 120);
  }

  @Test
  void shouldOpenReadinessADayInsideTheWindow() {
    assertThat(rules.evaluate(List.of(new RenewalAhead("acme", 119))).factsOf(ReadinessDue.class))
        .hasSize(1);
  }

  @Test
  void shouldNotOpenReadinessADayBeforeTheWindow() {
    Decision decision = rules.evaluate(List.of(new RenewalAhead("acme", 121)));

    assertThat(decision.factsOf(ReadinessDue.class)).isEmpty();
    assertThat(decision.firedRules()).doesNotContain(CLOSE);
  }

  @Test
  void shouldOpenReadinessOnTheRenewalDayButNotAfterIt() {
    assertThat(rules.evaluate(List.of(new RenewalAhead("acme", 0))).factsOf(ReadinessDue.class))
        .hasSize(1);
    assertThat(rules.evaluate(List.of(new RenewalAhead("acme", -1))).factsOf(ReadinessDue.class))
        .isEmpty();
  }

  @Test
  void shouldFollowAWindowTheTeamWidened() {
    CompiledRules wider =
        ShippedRules.compile(
            "RenewalReadiness",
            ShippedRules.withDefault("RenewalReadiness", "daysBeforeRenewal", "180"));

    assertThat(wider.evaluate(List.of(new RenewalAhead("acme", 180))).factsOf(ReadinessDue.class))
        .hasSize(1);
    assertThat(wider.evaluate(List.of(new RenewalAhead("acme", 181))).factsOf(ReadinessDue.class))
        .isEmpty();
  }

  @Test
  void shouldCallAGreenAccountWithEveryAnswerRenewalReady() {
    Decision decision = judge(new ReadinessFacts("acme", 120, "GREEN", false, 0));

    assertThat(verdict(decision)).isEqualTo(Readiness.RENEWAL_READY);
    assertThat(decision.firedRules()).contains(READY);
  }

  @Test
  void shouldAskForTheMissingAnswersOfAGreenAccount() {
    Decision decision = judge(new ReadinessFacts("acme", 120, "GREEN", false, 1));

    assertThat(verdict(decision)).isEqualTo(Readiness.ANSWERS_MISSING);
    assertThat(decision.firedRules()).contains(MISSING).doesNotContain(READY);
  }

  @Test
  void shouldAskForAGetWellPlanFirstWhenAmberOrRedWhateverIsAnswered() {
    assertThat(verdict(judge(new ReadinessFacts("acme", 90, "AMBER", false, 0))))
        .isEqualTo(Readiness.GET_WELL_FIRST);
    Decision red = judge(new ReadinessFacts("acme", 90, "RED", false, 3));
    assertThat(verdict(red)).isEqualTo(Readiness.GET_WELL_FIRST);
    assertThat(red.firedRules()).contains(UNHEALTHY).doesNotContain(MISSING);
  }

  @Test
  void shouldWaitForAnOpenGetWellPlanEvenWhenGreenAgain() {
    Decision decision = judge(new ReadinessFacts("acme", 90, "GREEN", true, 0));

    assertThat(verdict(decision)).isEqualTo(Readiness.GET_WELL_FIRST);
    assertThat(decision.firedRules()).contains(PLAN_OPEN).doesNotContain(UNHEALTHY);
  }

  @Test
  void shouldTakeTheCsmsWordForTheHealthOfAnAccountNeverEvaluated() {
    assertThat(verdict(judge(new ReadinessFacts("acme", 90, null, false, 0))))
        .isEqualTo(Readiness.RENEWAL_READY);
    assertThat(verdict(judge(new ReadinessFacts("acme", 90, null, false, 1))))
        .isEqualTo(Readiness.ANSWERS_MISSING);
  }

  private static Decision judge(ReadinessFacts facts) {
    return rules.evaluate(List.of(facts));
  }

  private static Readiness verdict(Decision decision) {
    assertThat(decision.factsOf(ReadinessVerdict.class)).hasSize(1);
    return decision.factsOf(ReadinessVerdict.class).get(0).readiness();
  }
}
