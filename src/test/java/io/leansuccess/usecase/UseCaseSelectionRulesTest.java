package io.leansuccess.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansuccess.decision.Decision;
import io.leansuccess.rules.drools.CompiledRules;
import io.leansuccess.support.ShippedRules;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Fires the selection part of the real {@code rules/UseCaseShortlisting.drl}. */
class UseCaseSelectionRulesTest {

  static final Instant JANUARY = Instant.parse("2026-01-05T09:00:00Z");
  static CompiledRules rules;

  @BeforeAll
  static void compile() {
    rules = ShippedRules.compile("UseCaseShortlisting");
  }

  @Test
  void shouldSelectTheTopThreeOfFiveShortlisted() {
    Decision decision =
        select(
            shortlisted("a", 3, null, 0),
            shortlisted("b", 1, null, 0),
            shortlisted("c", 5, null, 0),
            shortlisted("d", 2, null, 0),
            shortlisted("e", 4, null, 0));

    assertThat(selected(decision)).containsExactly("b", "d", "a");
    assertThat(decision.firedRules())
        .contains(
            "Cycle has the default number of slots unless the team configured another",
            "Top shortlisted use case takes the next slot");
  }

  @Test
  void shouldLetCarriedOverUseCasesTakeTheirSlotsFirst() {
    Decision decision =
        select(
            shortlisted("a", 1, null, 0),
            shortlisted("b", 2, null, 0),
            carriedOver("iterating", 9),
            shortlisted("c", 3, null, 0));

    assertThat(selected(decision)).containsExactly("iterating", "a", "b");
    assertThat(decision.firedRules()).contains("Carried-over use cases take their slots first");
  }

  @Test
  void shouldBreakTiesByDemonstrableValueThenAge() {
    Decision decision =
        select(
            shortlisted("young-valuable", 1, 50_000, 10), shortlisted("old-valuable", 1, 50_000, 0),
            shortlisted("cheap", 1, 1_000, 0), shortlisted("unvalued", 1, null, 0));

    assertThat(selected(decision)).containsExactly("old-valuable", "young-valuable", "cheap");
  }

  @Test
  void shouldPutUseCasesWithoutSurveyPriorityLast() {
    Decision decision =
        select(
            shortlisted("unsurveyed", null, 90_000, 0),
            shortlisted("a", 7, null, 0),
            shortlisted("b", 8, null, 0),
            shortlisted("c", 9, null, 0));

    assertThat(selected(decision)).containsExactly("a", "b", "c");
  }

  @Test
  void shouldOpenAFourthSlotOnlyWhenConfigured() {
    List<Object> five =
        List.of(
            shortlisted("a", 1, null, 0),
            shortlisted("b", 2, null, 0),
            shortlisted("c", 3, null, 0),
            shortlisted("d", 4, null, 0),
            shortlisted("e", 5, null, 0));

    assertThat(selected(rules.evaluate(five))).hasSize(3);
    assertThat(selected(select(new SlotRequest(4), five))).containsExactly("a", "b", "c", "d");
  }

  @Test
  void shouldNeverSelectMoreThanFour() {
    Decision decision =
        select(
            new SlotRequest(6),
            List.of(
                shortlisted("a", 1, null, 0),
                shortlisted("b", 2, null, 0),
                shortlisted("c", 3, null, 0),
                shortlisted("d", 4, null, 0),
                shortlisted("e", 5, null, 0)));

    assertThat(selected(decision)).hasSize(4);
  }

  @Test
  void shouldSelectAllWhenFewerCandidatesThanSlots() {
    assertThat(selected(select(shortlisted("only", 2, null, 0)))).containsExactly("only");
  }

  private static SelectionCandidate shortlisted(
      String id, Integer priority, Integer value, int daysAfterJanuary) {
    return new SelectionCandidate(
        id,
        false,
        priority,
        value == null ? null : BigDecimal.valueOf(value),
        JANUARY.plusSeconds(86_400L * daysAfterJanuary));
  }

  private static SelectionCandidate carriedOver(String id, Integer priority) {
    return new SelectionCandidate(id, true, priority, null, JANUARY);
  }

  private static Decision select(Object... candidates) {
    return rules.evaluate(new ArrayList<>(List.of(candidates)));
  }

  private static Decision select(SlotRequest request, List<Object> candidates) {
    List<Object> facts = new ArrayList<>(candidates);
    facts.add(request);
    return rules.evaluate(facts);
  }

  private static List<String> selected(Decision decision) {
    return decision.factsOf(Selection.class).stream()
        .sorted(Comparator.comparingInt(Selection::rank))
        .map(Selection::useCaseId)
        .toList();
  }
}
