package io.leansuccess.usecase;

import static io.leansuccess.usecase.CriteriaGroup.FEASIBLE;
import static io.leansuccess.usecase.CriteriaGroup.MEASURABLE;
import static io.leansuccess.usecase.CriteriaGroup.STRATEGIC;
import static io.leansuccess.usecase.ScorecardPerspective.CUSTOMER;
import static io.leansuccess.usecase.ScorecardPerspective.FINANCIAL;
import static io.leansuccess.usecase.ShortlistCandidateBuilder.aPlannedUseCase;
import static io.leansuccess.usecase.ShortlistCandidateBuilder.aPreExistingUseCase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.leansuccess.decision.Decision;
import io.leansuccess.rules.drools.CompiledRules;
import io.leansuccess.support.ShippedRules;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Fires the real {@code rules/UseCaseShortlisting.drl}, the file that gets deployed. */
class UseCaseShortlistingRulesTest {

  static final String THRESHOLDS = "Shortlisting uses the default thresholds";
  static final String CORE_OPERATIONS = "Strategic: touches core operations";
  static final String PERSPECTIVES = "Strategic: impacts enough scorecard perspectives";
  static final String KPI = "Measurable: enough KPIs with baseline, target and method";
  static final String FEASIBLE_RULE =
      "Feasible: value, resources, stakeholders and maturity all hold";
  static final String ENOUGH_GROUPS = "Use case passes enough criteria groups";
  static final String TOO_FEW_GROUPS = "Use case passes too few criteria groups";
  static final String CAPTURED = "Pre-existing use case is captured, not shortlisted";

  static CompiledRules rules;

  @BeforeAll
  static void compileTheShippedRules() {
    rules = ShippedRules.compile("UseCaseShortlisting");
  }

  @Test
  void shouldShortlistWhenTwoOfThreeGroupsPass() {
    Decision decision = shortlist(aPlannedUseCase().passingStrategic().passingMeasurable());

    CriteriaAssessment assessment = assessmentOf(decision);
    assertThat(assessment.verdict()).isEqualTo(ShortlistVerdict.SHORTLISTED);
    assertThat(assessment.passedGroups()).containsExactly(STRATEGIC, MEASURABLE);
    assertThat(decision.firedRules())
        .containsExactlyInAnyOrder(THRESHOLDS, CORE_OPERATIONS, KPI, ENOUGH_GROUPS)
        .startsWith(THRESHOLDS)
        .endsWith(ENOUGH_GROUPS);
  }

  @Test
  void shouldKeepThePolicyInForceAndExplainTheVerdictByIt() {
    Decision decision = shortlist(aPlannedUseCase().passingStrategic().passingMeasurable());

    assertThat(decision.policies().get("ShortlistingPolicy"))
        .containsEntry("criteriaGroupsToPass", 2)
        .containsKeys(
            "minimumPerspectivesImpacted", "minimumCompleteKpis", "maturityLevelsAboveSegment");
    assertThat(assessmentOf(decision).explanation())
        .isEqualTo("2 of 3 groups needed; passed: strategic, measurable");
  }

  @Test
  void shouldExplainTheVerdictByTheRaisedThresholdWhenATeamAsksForAllThreeGroups() {
    CompiledRules strict =
        ShippedRules.compile(
            "UseCaseShortlisting",
            ShippedRules.withDefault("UseCaseShortlisting", "criteriaGroupsToPass", "3"));

    Decision decision =
        strict.evaluate(List.of(aPlannedUseCase().passingStrategic().passingMeasurable().build()));

    assertThat(assessmentOf(decision).verdict()).isEqualTo(ShortlistVerdict.NOT_SHORTLISTED);
    assertThat(decision.firedRules()).endsWith(TOO_FEW_GROUPS);
    assertThat(decision.policies().get("ShortlistingPolicy"))
        .containsEntry("criteriaGroupsToPass", 3);
    assertThat(assessmentOf(decision).explanation())
        .isEqualTo("3 of 3 groups needed; passed: strategic, measurable");
  }

  @Test
  void shouldShortlistWhenAllThreeGroupsPass() {
    Decision decision =
        shortlist(aPlannedUseCase().passingStrategic().passingMeasurable().passingFeasible());

    CriteriaAssessment assessment = assessmentOf(decision);
    assertThat(assessment.verdict()).isEqualTo(ShortlistVerdict.SHORTLISTED);
    assertThat(assessment.passedGroups()).containsExactly(STRATEGIC, MEASURABLE, FEASIBLE);
    assertThat(decision.firedRules()).contains(FEASIBLE_RULE).endsWith(ENOUGH_GROUPS);
  }

  @Test
  void shouldNotShortlistWhenOnlyOneGroupPasses() {
    Decision decision = shortlist(aPlannedUseCase().passingFeasible());

    CriteriaAssessment assessment = assessmentOf(decision);
    assertThat(assessment.verdict()).isEqualTo(ShortlistVerdict.NOT_SHORTLISTED);
    assertThat(assessment.passedGroups()).containsExactly(FEASIBLE);
    assertThat(decision.firedRules()).endsWith(TOO_FEW_GROUPS).doesNotContain(ENOUGH_GROUPS);
  }

  @Test
  void shouldNotShortlistWhenNoGroupPasses() {
    CriteriaAssessment assessment = assessmentOf(shortlist(aPlannedUseCase()));

    assertThat(assessment.verdict()).isEqualTo(ShortlistVerdict.NOT_SHORTLISTED);
    assertThat(assessment.passedGroups()).isEmpty();
  }

  @Test
  void shouldNotCountStrategicWhenOnlyOnePerspectiveIsImpacted() {
    Decision decision = shortlist(aPlannedUseCase().impacting(FINANCIAL).passingMeasurable());

    assertThat(assessmentOf(decision).verdict()).isEqualTo(ShortlistVerdict.NOT_SHORTLISTED);
    assertThat(decision.firedRules()).doesNotContain(PERSPECTIVES);
  }

  @Test
  void shouldCountStrategicWhenTwoPerspectivesAreImpacted() {
    Decision decision =
        shortlist(aPlannedUseCase().impacting(FINANCIAL, CUSTOMER).passingMeasurable());

    assertThat(assessmentOf(decision).verdict()).isEqualTo(ShortlistVerdict.SHORTLISTED);
    assertThat(assessmentOf(decision).passedGroups()).containsExactly(STRATEGIC, MEASURABLE);
    assertThat(decision.firedRules()).contains(PERSPECTIVES).doesNotContain(CORE_OPERATIONS);
  }

  @Test
  void shouldNotCountMeasurableWhenTheKpiHasNoBaseline() {
    var noBaseline = new KpiDefinition("tickets per user", null, 0.5, MeasurementMethod.ANALYTICS);
    Decision decision = shortlist(aPlannedUseCase().passingStrategic().withKpi(noBaseline));

    assertThat(assessmentOf(decision).verdict()).isEqualTo(ShortlistVerdict.NOT_SHORTLISTED);
    assertThat(assessmentOf(decision).passedGroups()).containsExactly(STRATEGIC);
    assertThat(decision.firedRules()).doesNotContain(KPI);
  }

  @Test
  void shouldNotCountMeasurableWhenTheKpiHasNoMeasurementMethod() {
    var noMethod = new KpiDefinition("satisfaction", 6.0, 8.0, null);
    Decision decision = shortlist(aPlannedUseCase().passingStrategic().withKpi(noMethod));

    assertThat(assessmentOf(decision).verdict()).isEqualTo(ShortlistVerdict.NOT_SHORTLISTED);
  }

  @Test
  void shouldCountMeasurableWhenOneOfSeveralKpisIsComplete() {
    var incomplete = new KpiDefinition("tickets per user", null, 0.5, MeasurementMethod.ANALYTICS);
    var complete = new KpiDefinition("satisfaction", 6.0, 8.0, MeasurementMethod.SURVEY);
    Decision decision =
        shortlist(aPlannedUseCase().passingStrategic().withKpi(incomplete).withKpi(complete));

    assertThat(assessmentOf(decision).verdict()).isEqualTo(ShortlistVerdict.SHORTLISTED);
  }

  @Test
  void shouldNotCountMeasurableWhenTheKpiHasNoTarget() {
    var noTarget = new KpiDefinition("tickets per user", 2.0, null, MeasurementMethod.ANALYTICS);
    Decision decision = shortlist(aPlannedUseCase().passingStrategic().withKpi(noTarget));

    assertThat(assessmentOf(decision).passedGroups()).containsExactly(STRATEGIC);
    assertThat(decision.firedRules()).doesNotContain(KPI);
  }

  @Test
  void shouldCountOnlyCompleteKpisAgainstARaisedMinimum() {
    CompiledRules twoKpis =
        ShippedRules.compile(
            "UseCaseShortlisting",
            ShippedRules.withDefault("UseCaseShortlisting", "minimumCompleteKpis", "2"));
    var complete = new KpiDefinition("satisfaction", 6.0, 8.0, MeasurementMethod.SURVEY);
    var alsoComplete = new KpiDefinition("days to close", 8.0, 3.0, MeasurementMethod.ANALYTICS);
    var incomplete = new KpiDefinition("tickets per user", null, 0.5, MeasurementMethod.ANALYTICS);

    Decision oneComplete =
        twoKpis.evaluate(
            List.of(
                aPlannedUseCase()
                    .passingStrategic()
                    .withKpi(complete)
                    .withKpi(incomplete)
                    .build()));
    Decision twoComplete =
        twoKpis.evaluate(
            List.of(
                aPlannedUseCase()
                    .passingStrategic()
                    .withKpi(complete)
                    .withKpi(alsoComplete)
                    .withKpi(incomplete)
                    .build()));

    assertThat(oneComplete.firedRules()).doesNotContain(KPI);
    assertThat(assessmentOf(oneComplete).passedGroups()).containsExactly(STRATEGIC);
    assertThat(twoComplete.firedRules()).contains(KPI);
    assertThat(assessmentOf(twoComplete).passedGroups()).containsExactly(STRATEGIC, MEASURABLE);
  }

  @Test
  void shouldCountFeasibleWhenTheRequiredLevelIsOneAboveTheSegment() {
    Decision decision =
        shortlist(
            aPlannedUseCase()
                .passingStrategic()
                .passingFeasible()
                .requiringMaturityLevel(3)
                .inSegmentAtMaturityLevel(2));

    assertThat(assessmentOf(decision).verdict()).isEqualTo(ShortlistVerdict.SHORTLISTED);
    assertThat(assessmentOf(decision).passedGroups()).containsExactly(STRATEGIC, FEASIBLE);
  }

  @Test
  void shouldNotCountFeasibleWhenTheRequiredLevelIsTwoAboveTheSegment() {
    Decision decision =
        shortlist(
            aPlannedUseCase()
                .passingStrategic()
                .passingFeasible()
                .requiringMaturityLevel(4)
                .inSegmentAtMaturityLevel(2));

    assertThat(assessmentOf(decision).verdict()).isEqualTo(ShortlistVerdict.NOT_SHORTLISTED);
    assertThat(decision.firedRules()).doesNotContain(FEASIBLE_RULE);
  }

  @Test
  void shouldNotCountFeasibleWhenResourcesAreMissing() {
    Decision decision =
        shortlist(aPlannedUseCase().passingStrategic().passingFeasible().withoutResources());

    assertThat(assessmentOf(decision).verdict()).isEqualTo(ShortlistVerdict.NOT_SHORTLISTED);
  }

  @Test
  void shouldCaptureAPreExistingUseCaseInsteadOfShortlistingIt() {
    Decision decision =
        shortlist(aPreExistingUseCase().passingStrategic().passingMeasurable().passingFeasible());

    CriteriaAssessment assessment = assessmentOf(decision);
    assertThat(assessment.verdict()).isEqualTo(ShortlistVerdict.CAPTURED);
    assertThat(assessment.passedGroups()).isEmpty();
    assertThat(decision.firedRules()).containsExactly(THRESHOLDS, CAPTURED);
  }

  @Test
  void shouldAssessEachUseCaseOnItsOwnWhenSeveralAreShortlistedTogether() {
    ShortlistCandidate strong = aPlannedUseCase().passingStrategic().passingMeasurable().build();
    ShortlistCandidate weak = aPlannedUseCase().passingMeasurable().build();

    Decision decision = rules.evaluate(List.of(strong, weak));

    assertThat(decision.factsOf(CriteriaAssessment.class))
        .extracting(CriteriaAssessment::useCaseId, CriteriaAssessment::verdict)
        .containsExactlyInAnyOrder(
            tuple(strong.useCaseId(), ShortlistVerdict.SHORTLISTED),
            tuple(weak.useCaseId(), ShortlistVerdict.NOT_SHORTLISTED));
  }

  private static Decision shortlist(ShortlistCandidateBuilder candidate) {
    return rules.evaluate(List.of(candidate.build()));
  }

  private static CriteriaAssessment assessmentOf(Decision decision) {
    return decision.single(CriteriaAssessment.class).orElseThrow();
  }
}
