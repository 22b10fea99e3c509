package io.leansuccess.crmdata;

import static io.leansuccess.support.ContractBuilder.aContract;
import static org.assertj.core.api.Assertions.assertThat;

import io.leansuccess.decision.Decision;
import io.leansuccess.rules.drools.CompiledRules;
import io.leansuccess.support.ShippedRules;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Fires the real {@code rules/CrmDataCompleteness.drl}: each field and its edge. */
class CrmDataCompletenessRulesTest {

  static final String GOALS_MISSING = "The customer's goals are missing from the CRM";
  static final String INTERESTS_MISSING = "The stakeholders' interests are missing from the CRM";
  static final String CHALLENGES_MISSING =
      "The customer's business challenges are missing from the CRM";

  static CompiledRules rules;

  @BeforeAll
  static void compile() {
    rules = ShippedRules.compile(CrmDataCompleteness.DECISION);
  }

  @Test
  void shouldFindNothingMissingWhenGoalsInterestsAndChallengesAreThere() {
    Decision decision = evaluate(new CrmRecord("acme", "c-1", 1, 3, 1, 1));

    assertThat(decision.factsOf(MissingCrmData.class)).isEmpty();
    assertThat(decision.firedRules()).containsExactly("CRM data uses the default thresholds");
    assertThat(decision.policies().get("CrmDataPolicy"))
        .containsEntry("minimumGoals", 1)
        .containsEntry("minimumStakeholderInterests", 1)
        .containsEntry("minimumBusinessChallenges", 1);
  }

  @Test
  void shouldAcceptAContractWithGoalsAndFindTheGoalsMissingOfOneWithout() {
    assertThat(
            CrmDataCompleteness.missing(rules.evaluate(List.of(CrmRecord.of(aContract().build())))))
        .isEmpty();
    assertThat(
            CrmDataCompleteness.missing(
                rules.evaluate(List.of(CrmRecord.of(aContract().withGoals().build())))))
        .containsExactly(CrmField.GOALS);
    // a blank goal is no goal
    assertThat(
            CrmDataCompleteness.missing(
                rules.evaluate(List.of(CrmRecord.of(aContract().withGoals(" ").build())))))
        .containsExactly(CrmField.GOALS);
  }

  @Test
  void shouldFindTheGoalsMissingWhenTheContractHasNone() {
    Decision decision = evaluate(new CrmRecord("acme", "c-1", 0, 3, 1, 1));

    assertThat(CrmDataCompleteness.missing(decision)).containsExactly(CrmField.GOALS);
    assertThat(decision.firedRules()).contains(GOALS_MISSING);
    assertThat(decision.factsOf(MissingCrmData.class).get(0).description())
        .isEqualTo("Goals: 0 recorded, at least 1 needed");
  }

  @Test
  void shouldFindTheInterestsMissingWhenNoStakeholderHasThem() {
    Decision decision = evaluate(new CrmRecord("acme", "c-1", 2, 3, 0, 1));

    assertThat(CrmDataCompleteness.missing(decision))
        .containsExactly(CrmField.STAKEHOLDER_INTERESTS);
    assertThat(decision.firedRules()).contains(INTERESTS_MISSING);
    assertThat(decision.factsOf(MissingCrmData.class).get(0).description())
        .isEqualTo("Stakeholder interests: 0 of 3 contacts recorded, at least 1 needed");
  }

  @Test
  void shouldFindEverythingMissingOfABareContract() {
    Decision decision = evaluate(new CrmRecord("acme", "c-1", 0, 0, 0, 0));

    assertThat(CrmDataCompleteness.missing(decision))
        .containsExactly(
            CrmField.GOALS, CrmField.STAKEHOLDER_INTERESTS, CrmField.BUSINESS_CHALLENGES);
    assertThat(decision.firedRules())
        .contains(GOALS_MISSING, INTERESTS_MISSING, CHALLENGES_MISSING);
  }

  @Test
  void shouldAskForAsManyGoalsAsTheTeamSets() {
    CompiledRules twoGoals =
        ShippedRules.compile(
            CrmDataCompleteness.DECISION,
            ShippedRules.withDefault(CrmDataCompleteness.DECISION, "minimumGoals", "2"));

    assertThat(
            CrmDataCompleteness.missing(
                twoGoals.evaluate(List.of(new CrmRecord("acme", "c-1", 1, 1, 1, 1)))))
        .containsExactly(CrmField.GOALS);
    assertThat(
            CrmDataCompleteness.missing(
                twoGoals.evaluate(List.of(new CrmRecord("acme", "c-1", 2, 1, 1, 1)))))
        .isEmpty();
  }

  private static Decision evaluate(CrmRecord record) {
    return rules.evaluate(List.of(record));
  }
}
