package io.leansuccess.execution;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansuccess.decision.Decision;
import io.leansuccess.rules.drools.CompiledRules;
import io.leansuccess.support.ShippedRules;
import io.leansuccess.usecase.KpiProgress;
import io.leansuccess.usecase.Outcome;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Fires the real {@code rules/UseCaseOutcome.drl}. */
class UseCaseOutcomeRulesTest {

  static final String ADOPT = "Adopt: every KPI met its target";
  static final String ITERATE = "Iterate: most KPIs far enough along, iterations left";
  static final String LITTLE_PROGRESS = "Discard: too few KPIs far enough along";
  static final String ITERATED_ENOUGH = "Discard: iterated the maximum number of times";
  static final String NO_KPI = "Discard: no KPI to measure it by";

  static CompiledRules rules;

  @BeforeAll
  static void compile() {
    rules = ShippedRules.compile("UseCaseOutcome");
  }

  @Test
  void shouldAdoptWhenEveryKpiMetItsTarget() {
    Decision decision = evaluate(0, kpi(10, 20, 20), kpi(50, 80, 95));

    assertThat(proposal(decision)).isEqualTo(Outcome.ADOPT);
    assertThat(decision.firedRules()).contains(ADOPT);
  }

  @Test
  void shouldAdoptWhenAFallingTargetIsReached() {
    assertThat(proposal(evaluate(0, kpi(40, 10, 9)))).isEqualTo(Outcome.ADOPT);
  }

  @Test
  void shouldIterateWhenMostKpisAreExactlyHalfWay() {
    Decision decision = evaluate(0, kpi(0, 100, 50), kpi(0, 100, 100), kpi(0, 100, 10));

    assertThat(proposal(decision)).isEqualTo(Outcome.ITERATE);
    assertThat(decision.firedRules()).contains(ITERATE).doesNotContain(ADOPT);
  }

  @Test
  void shouldDiscardWhenOnlyHalfTheKpisAreHalfWay() {
    Decision decision = evaluate(0, kpi(0, 100, 50), kpi(0, 100, 49));

    assertThat(proposal(decision)).isEqualTo(Outcome.DISCARD);
    assertThat(decision.firedRules()).contains(LITTLE_PROGRESS);
  }

  @Test
  void shouldDiscardWhenJustUnderHalfWay() {
    assertThat(proposal(evaluate(0, kpi(0, 100, 49.99)))).isEqualTo(Outcome.DISCARD);
  }

  @Test
  void shouldIterateASecondTime() {
    assertThat(proposal(evaluate(1, kpi(0, 100, 60)))).isEqualTo(Outcome.ITERATE);
  }

  @Test
  void shouldDiscardOnTheThirdIteration() {
    Decision decision = evaluate(2, kpi(0, 100, 60));

    assertThat(proposal(decision)).isEqualTo(Outcome.DISCARD);
    assertThat(decision.firedRules()).contains(ITERATED_ENOUGH).doesNotContain(ITERATE);
  }

  @Test
  void shouldStillAdoptOnTheThirdIterationWhenEveryKpiIsMet() {
    assertThat(proposal(evaluate(2, kpi(0, 100, 100)))).isEqualTo(Outcome.ADOPT);
  }

  @Test
  void shouldCountAnUnmeasuredKpiAsNoProgress() {
    assertThat(proposal(evaluate(0, kpi(0, 100, null)))).isEqualTo(Outcome.DISCARD);
  }

  @Test
  void shouldDiscardAUseCaseWithoutKpis() {
    Decision decision = evaluate(0);

    assertThat(proposal(decision)).isEqualTo(Outcome.DISCARD);
    assertThat(decision.firedRules()).contains(NO_KPI);
  }

  private static Decision evaluate(int iterations, KpiProgress... kpis) {
    List<Object> facts = new ArrayList<>(List.of(new OutcomeCandidate("uc-1", iterations)));
    facts.addAll(List.of(kpis));
    return rules.evaluate(facts);
  }

  private static Outcome proposal(Decision decision) {
    return decision.single(OutcomeProposal.class).orElseThrow().outcome();
  }

  private static int kpiCount;

  private static KpiProgress kpi(double baseline, double target, Number latest) {
    return new KpiProgress(
        "uc-1",
        "kpi-" + (++kpiCount),
        BigDecimal.valueOf(baseline),
        BigDecimal.valueOf(target),
        latest == null ? null : new BigDecimal(latest.toString()));
  }
}
