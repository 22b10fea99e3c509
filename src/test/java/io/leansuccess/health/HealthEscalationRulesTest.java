package io.leansuccess.health;

import static io.leansuccess.health.HealthSnapshotBuilder.aHealthyAccount;
import static org.assertj.core.api.Assertions.assertThat;

import io.leansuccess.decision.Decision;
import io.leansuccess.rules.drools.CompiledRules;
import io.leansuccess.support.ShippedRules;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fires the real {@code rules/HealthEscalation.drl}: each warning sign, the colour, each trigger
 * and its edges.
 */
class HealthEscalationRulesTest {

  static final String RED_TRIGGER = "Escalate: health is red";
  static final String RENEWAL_TRIGGER = "Escalate: amber with the renewal close";
  static final String SILENCE_TRIGGER = "Escalate: nothing opened for too long while usage falls";
  static final String RECOVERED = "Recovered: green in enough consecutive evaluations";

  static CompiledRules rules;

  @BeforeAll
  static void compile() {
    rules = ShippedRules.compile("HealthEscalation");
  }

  @Test
  void shouldRateAnAccountWithoutWarningSignsGreen() {
    Decision decision = evaluate(aHealthyAccount());

    assertThat(colour(decision)).isEqualTo(HealthColour.GREEN);
    assertThat(decision.factsOf(HealthFactor.class)).isEmpty();
    assertThat(decision.firedRules()).contains("Green: no warning signs");
  }

  @Test
  void shouldNotTakeUnknownUsageForLowUsage() {
    Decision decision = evaluate(new HealthSnapshotBuilder());

    assertThat(colour(decision)).isEqualTo(HealthColour.GREEN);
  }

  @Test
  void shouldFindLowUsageBelowFortyPercentAndVeryLowBelowTwenty() {
    assertThat(codes(evaluate(aHealthyAccount().activeUsers(39, 39)))).containsExactly("LOW_USAGE");
    assertThat(codes(evaluate(aHealthyAccount().activeUsers(40, 40)))).isEmpty();
    assertThat(codes(evaluate(aHealthyAccount().activeUsers(20, 20)))).containsExactly("LOW_USAGE");
    assertThat(codes(evaluate(aHealthyAccount().activeUsers(19, 19))))
        .containsExactly("VERY_LOW_USAGE");

    HealthFactor low =
        evaluate(aHealthyAccount().activeUsers(31, 31)).factsOf(HealthFactor.class).get(0);
    assertThat(low.description()).isEqualTo("Active users below 40% of licences (31 of 100)");
    assertThat(low.severity()).isEqualTo(HealthColour.AMBER);
  }

  @Test
  void shouldFindUsageFallingByTenPercentSinceThePreviousReading() {
    assertThat(codes(evaluate(aHealthyAccount().activeUsers(100, 90))))
        .containsExactly("ACTIVE_USERS_FELL");
    assertThat(codes(evaluate(aHealthyAccount().activeUsers(100, 91)))).isEmpty();
    assertThat(codes(evaluate(aHealthyAccount().featureUsage(1000, 900))))
        .containsExactly("FEATURE_USAGE_FELL");
    assertThat(codes(evaluate(aHealthyAccount().featureUsage(1000, 901)))).isEmpty();
  }

  @Test
  void shouldFindHowToTicketsWhenTheyAreHalfOfAtLeastFourOpenTickets() {
    Decision half = evaluate(aHealthyAccount().openTickets(4, 2));

    assertThat(codes(half)).containsExactly("HOW_TO_TICKETS");
    assertThat(half.factsOf(HealthFactor.class).get(0).description())
        .isEqualTo("How-to tickets are 50% or more of the open tickets (2 of 4)");
    assertThat(half.firedRules()).contains("How-to tickets are a large share of the open tickets");
    assertThat(codes(evaluate(aHealthyAccount().openTickets(5, 2)))).isEmpty();
    assertThat(codes(evaluate(aHealthyAccount().openTickets(3, 3)))).isEmpty();
  }

  @Test
  void shouldFindNothingOpenedAfterSixtyDaysNotFiftyNine() {
    assertThat(codes(evaluate(aHealthyAccount().lastOpened(60, 4))))
        .containsExactly("NOTHING_OPENED");
    assertThat(codes(evaluate(aHealthyAccount().lastOpened(59, 4)))).isEmpty();
    assertThat(codes(evaluate(aHealthyAccount().lastOpened(90, 0))))
        .as("nothing sent since")
        .isEmpty();
  }

  @Test
  void shouldFindUnansweredCommunicationsFromThreeInARow() {
    assertThat(codes(evaluate(aHealthyAccount().unanswered(3)))).containsExactly("NO_ANSWERS");
    assertThat(codes(evaluate(aHealthyAccount().unanswered(2)))).isEmpty();
  }

  @Test
  void shouldFindOverdueInvoicesFallingArrAndPoorNps() {
    assertThat(codes(evaluate(aHealthyAccount().overdue(1, "1200.50"))))
        .containsExactly("INVOICE_OVERDUE");
    assertThat(codes(evaluate(aHealthyAccount().arr("100000", "99999"))))
        .containsExactly("ARR_BELOW_SIGNING");
    assertThat(codes(evaluate(aHealthyAccount().arr("100000", "80000"))))
        .containsExactly("ARR_FELL");
    assertThat(codes(evaluate(aHealthyAccount().nps(-1)))).containsExactly("NPS_LOW");
    assertThat(codes(evaluate(aHealthyAccount().nps(0)))).isEmpty();
  }

  @Test
  void shouldRateOneOrTwoAmberSignsAmberAndThreeRed() {
    assertThat(colour(evaluate(aHealthyAccount().nps(-5)))).isEqualTo(HealthColour.AMBER);
    assertThat(colour(evaluate(aHealthyAccount().nps(-5).unanswered(3))))
        .isEqualTo(HealthColour.AMBER);

    Decision three = evaluate(aHealthyAccount().nps(-5).unanswered(3).overdue(1, "10"));

    assertThat(colour(three)).isEqualTo(HealthColour.RED);
    assertThat(three.firedRules()).contains("Red: enough amber warning signs together");
  }

  @Test
  void shouldRateARedSignRedAndEscalate() {
    Decision decision = evaluate(aHealthyAccount().activeUsers(10, 10));

    assertThat(colour(decision)).isEqualTo(HealthColour.RED);
    assertThat(triggers(decision)).containsExactly("Health is red");
    assertThat(decision.firedRules()).contains("Red: a red warning sign", RED_TRIGGER);
  }

  @Test
  void shouldEscalateAmberWithRenewalIn120DaysButNot121() {
    Decision at120 = evaluate(aHealthyAccount().nps(-10).renewalInDays(120));
    Decision at121 = evaluate(aHealthyAccount().nps(-10).renewalInDays(121));

    assertThat(triggers(at120))
        .containsExactly("Health is amber and the renewal is 120 days away (within 120)");
    assertThat(at120.firedRules()).contains(RENEWAL_TRIGGER);
    assertThat(colour(at121)).isEqualTo(HealthColour.AMBER);
    assertThat(triggers(at121)).isEmpty();
  }

  @Test
  void shouldNotEscalateGreenWithRenewalClose() {
    assertThat(triggers(evaluate(aHealthyAccount().renewalInDays(10)))).isEmpty();
  }

  @Test
  void shouldEscalateNothingOpenedFor60DaysWhileUsageFallsButNot59() {
    Decision at60 = evaluate(aHealthyAccount().lastOpened(60, 2).activeUsers(80, 70));
    Decision at59 = evaluate(aHealthyAccount().lastOpened(59, 2).activeUsers(80, 70));
    Decision usageSteady = evaluate(aHealthyAccount().lastOpened(60, 2));

    assertThat(at60.firedRules()).contains(SILENCE_TRIGGER);
    assertThat(triggers(at60)).containsExactly("Nothing opened in 60 days while usage falls");
    assertThat(triggers(at59)).isEmpty();
    assertThat(triggers(usageSteady)).isEmpty();
    assertThat(triggers(evaluate(aHealthyAccount().lastOpened(60, 2).featureUsage(100, 50))))
        .containsExactly("Nothing opened in 60 days while usage falls");
  }

  @Test
  void shouldNotEscalateAnAccountAlreadyEscalated() {
    Decision decision = evaluate(aHealthyAccount().activeUsers(10, 10), new HealthHistory(0, true));

    assertThat(colour(decision)).isEqualTo(HealthColour.RED);
    assertThat(triggers(decision)).isEmpty();
  }

  @Test
  void shouldRecoverAfterExactlyTwoConsecutiveGreenEvaluationsNotOne() {
    Decision firstGreen = evaluate(aHealthyAccount(), new HealthHistory(0, true));
    Decision secondGreen = evaluate(aHealthyAccount(), new HealthHistory(1, true));

    assertThat(firstGreen.factsOf(Recovery.class)).isEmpty();
    assertThat(secondGreen.factsOf(Recovery.class))
        .containsExactly(new Recovery("Green in 2 consecutive evaluations"));
    assertThat(secondGreen.firedRules()).contains(RECOVERED);
  }

  @Test
  void shouldNotRecoverWhatWasNeverEscalatedOrIsNotGreen() {
    assertThat(evaluate(aHealthyAccount(), new HealthHistory(5, false)).factsOf(Recovery.class))
        .isEmpty();
    assertThat(
            evaluate(aHealthyAccount().nps(-1), new HealthHistory(1, true)).factsOf(Recovery.class))
        .isEmpty();
  }

  private static Decision evaluate(HealthSnapshotBuilder snapshot) {
    return evaluate(snapshot, HealthHistory.NONE);
  }

  private static Decision evaluate(HealthSnapshotBuilder snapshot, HealthHistory history) {
    Decision decision = rules.evaluate(List.of(snapshot.build(), history));
    assertThat(decision.factsOf(HealthRating.class)).as("exactly one colour").hasSize(1);
    return decision;
  }

  private static HealthColour colour(Decision decision) {
    return decision.single(HealthRating.class).orElseThrow().colour();
  }

  private static List<String> codes(Decision decision) {
    return decision.factsOf(HealthFactor.class).stream().map(HealthFactor::code).toList();
  }

  private static List<String> triggers(Decision decision) {
    return decision.factsOf(EscalationTrigger.class).stream()
        .map(EscalationTrigger::reason)
        .toList();
  }
}
