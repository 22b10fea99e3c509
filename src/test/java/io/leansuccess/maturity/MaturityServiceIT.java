package io.leansuccess.maturity;

import static io.leansuccess.support.TestData.segment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.leansuccess.account.Account;
import io.leansuccess.champion.ChampionService;
import io.leansuccess.decision.DecisionLog;
import io.leansuccess.decision.DecisionRecord;
import io.leansuccess.signal.Signal;
import io.leansuccess.signal.SignalKind;
import io.leansuccess.signal.SignalService;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import io.leansuccess.support.TestData;
import io.leansuccess.usecase.ShortlistingAnswers;
import io.leansuccess.usecase.StoryShareScope;
import io.leansuccess.usecase.UseCase;
import io.leansuccess.usecase.UseCaseKind;
import io.leansuccess.usecase.UseCaseRepository;
import io.leansuccess.usecase.UseCaseStatus;
import io.leansuccess.usecase.UseCaseTemplate;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Maturity transitions on the real database, through the deployed {@code
 * rules/MaturityTransitions.drl}.
 */
@LeanSuccessIntegrationTest
class MaturityServiceIT {

  static final String USAGE_RULE = "Usage: enough licensed users active";
  static final String PROMOTE_RULE = "Promote one level when the next level's criteria hold";
  static final String DEMOTE_RULE = "Demote one level when the floor is missed cycle after cycle";
  // the engine clock is set to these, so transition times are exact and ordered
  static final Instant END_OF_Q1 = Instant.parse("2026-03-31T16:00:00Z");
  static final Instant END_OF_Q2 = Instant.parse("2026-06-30T16:00:00Z");
  static final Instant END_OF_Q3 = Instant.parse("2026-09-30T16:00:00Z");

  @Autowired MaturityService service;
  @Autowired MaturityRepository maturity;
  @Autowired TestData testData;
  @Autowired SignalService signals;
  @Autowired ChampionService champions;
  @Autowired UseCaseRepository useCases;
  @Autowired DecisionLog decisions;
  @Autowired JdbcClient jdbc;
  @Autowired ObjectMapper json;

  @AfterEach
  void resetTheEngineClock() {
    ClockUtil.reset();
  }

  @Test
  void
      shouldPromoteLaunchToUsageAndKeepTheTransitionWithItsFiredRulesWhenFortyFivePercentAreActive() {
    Account account = testData.anAccountWith(segment("emea", 100));
    activeUsers(account, "emea", 45, END_OF_Q1.minusSeconds(3600));
    String cycle = cycle();

    List<MaturityOutcome> outcomes =
        at(END_OF_Q1, () -> service.applyTransitions(account.id(), cycle));

    MaturityOutcome outcome = outcomes.get(0);
    assertThat(outcomes).hasSize(1);
    assertThat(outcome)
        .extracting(
            MaturityOutcome::move,
            MaturityOutcome::fromLevel,
            MaturityOutcome::toLevel,
            MaturityOutcome::repeated)
        .containsExactly(MaturityMove.PROMOTE, 1, 2, false);
    assertThat(maturity.levelOf(account.id(), "emea")).isEqualTo(2);
    assertThat(maturity.transitionsOf(account.id(), "emea"))
        .containsExactly(
            new MaturityTransition(
                maturity.transitionsOf(account.id(), "emea").get(0).id(),
                account.id(),
                "emea",
                1,
                2,
                cycle,
                outcome.decisionId(),
                END_OF_Q1));
    DecisionRecord decision = decisions.find(outcome.decisionId()).orElseThrow();
    assertThat(decision.decisionName()).isEqualTo(MaturityService.DECISION);
    assertThat(decision.outcome()).isEqualTo("PROMOTE");
    assertThat(List.of(decision.subjectType(), decision.subjectId(), decision.cycleId()))
        .containsExactly("SEGMENT", "emea", cycle);
    assertThat(decision.firedRules()).contains(USAGE_RULE, PROMOTE_RULE);
    assertThat(decision.rulesResource()).endsWith("MaturityTransitions.drl");
  }

  @Test
  void shouldPromoteOnceWhenTheSameCycleIsAppliedTwice() {
    Account account = testData.anAccountWith(segment("emea", 100));
    // enough for Proficiency too: a second judgement in the same cycle would climb again
    activeUsers(account, "emea", 65, END_OF_Q1.minusSeconds(3600));
    adoptedUseCase(account, "emea", 1, false, false);
    String cycle = cycle();

    MaturityOutcome first =
        at(END_OF_Q1, () -> service.applyTransitions(account.id(), cycle)).get(0);
    MaturityOutcome again =
        at(END_OF_Q1.plusSeconds(60), () -> service.applyTransitions(account.id(), cycle)).get(0);

    assertThat(again)
        .isEqualTo(
            new MaturityOutcome("emea", MaturityMove.PROMOTE, 1, 2, 0, first.decisionId(), true));
    assertThat(maturity.levelOf(account.id(), "emea")).isEqualTo(2);
    assertThat(maturity.transitionsOf(account.id(), "emea")).hasSize(1);
    assertThat(
            jdbc.sql("select count(*) from ls_decision where account_id = ? and cycle_id = ?")
                .params(account.id(), cycle)
                .query(Integer.class)
                .single())
        .isEqualTo(1);
    // the next cycle is judged afresh
    MaturityOutcome next =
        at(END_OF_Q2, () -> service.applyTransitions(account.id(), cycle())).get(0);
    assertThat(next.toLevel()).isEqualTo(3);
  }

  @Test
  void shouldWarnOnceThenDemoteWhenTheFloorIsMissedInTwoConsecutiveCycles() {
    Account account = testData.anAccountWith(segment("emea", 100));
    activeUsers(account, "emea", 45, END_OF_Q1.minusSeconds(3600));
    String promotedIn = cycle();
    String demotedIn = cycle();
    at(END_OF_Q1, () -> service.applyTransitions(account.id(), promotedIn));
    activeUsers(account, "emea", 30, END_OF_Q2.minusSeconds(3600));

    MaturityOutcome warned =
        at(END_OF_Q2, () -> service.applyTransitions(account.id(), cycle())).get(0);
    MaturityOutcome demoted =
        at(END_OF_Q3, () -> service.applyTransitions(account.id(), demotedIn)).get(0);

    assertThat(warned)
        .extracting(
            MaturityOutcome::move, MaturityOutcome::toLevel, MaturityOutcome::missedFloorCycles)
        .containsExactly(MaturityMove.FLOOR_MISSED, 2, 1);
    assertThat(demoted)
        .extracting(
            MaturityOutcome::move, MaturityOutcome::toLevel, MaturityOutcome::missedFloorCycles)
        .containsExactly(MaturityMove.DEMOTE, 1, 0);
    assertThat(maturity.stateOf(account.id(), "emea"))
        .isEqualTo(new MaturityRepository.State(1, 0, demotedIn));
    assertThat(maturity.transitionsOf(account.id(), "emea"))
        .extracting(
            MaturityTransition::fromLevel, MaturityTransition::toLevel, MaturityTransition::cycleId)
        .containsExactly(tuple(1, 2, promotedIn), tuple(2, 1, demotedIn));
    assertThat(decisions.find(demoted.decisionId()).orElseThrow().firedRules())
        .contains(DEMOTE_RULE);
  }

  @Test
  void shouldNotCountUseCasesThatMetValueKpisBelowProficiency() {
    Account account = testData.anAccountWith(segment("emea", 100), segment("apac", 100));
    for (String key : List.of("emea", "apac")) {
      maturity.storeState(
          account.id(), key, new MaturityRepository.State(3, 0, "an-earlier-cycle"), END_OF_Q1);
      activeUsers(account, key, 70, END_OF_Q2.minusSeconds(3600));
    }
    adoptedUseCase(account, "emea", 2, true, false);
    adoptedUseCase(account, "emea", 2, true, false);
    adoptedUseCase(account, "apac", 3, true, false);
    adoptedUseCase(account, "apac", 3, true, false);

    List<MaturityOutcome> outcomes =
        at(END_OF_Q2, () -> service.applyTransitions(account.id(), cycle()));

    assertThat(outcomes)
        .extracting(MaturityOutcome::segmentKey, MaturityOutcome::move, MaturityOutcome::toLevel)
        .containsExactly(
            tuple("emea", MaturityMove.HOLD, 3), tuple("apac", MaturityMove.PROMOTE, 4));
  }

  @Test
  void shouldJudgeEachSegmentOnItsOwnFacts() throws Exception {
    Account account = testData.anAccountWith(segment("emea", 100), segment("apac", 100));
    activeUsers(account, "emea", 45, END_OF_Q1.minusSeconds(3600));
    activeUsers(account, "apac", 10, END_OF_Q1.minusSeconds(3600));
    adoptedUseCase(account, "apac", 1, false, false);
    champions.name(account.id(), "ana@example.com", "Ana", "emea");
    champions.name(account.id(), "bo@example.com", "Bo", "apac");
    champions.name(account.id(), "cy@example.com", "Cy", null);

    List<MaturityOutcome> outcomes =
        at(END_OF_Q1, () -> service.applyTransitions(account.id(), cycle()));

    assertThat(outcomes)
        .extracting(MaturityOutcome::segmentKey, MaturityOutcome::move)
        .containsExactly(tuple("emea", MaturityMove.PROMOTE), tuple("apac", MaturityMove.HOLD));
    JsonNode emeaFacts =
        json.readTree(decisions.find(outcomes.get(0).decisionId()).orElseThrow().facts());
    JsonNode segmentFact = factOfType(emeaFacts, "SegmentMaturity");
    assertThat(segmentFact.path("segmentKey").asText()).isEqualTo("emea");
    assertThat(segmentFact.path("activeUsers").asInt()).isEqualTo(45);
    assertThat(segmentFact.path("champions").asInt())
        .as("emea's own and the account's")
        .isEqualTo(2);
    assertThat(emeaFacts.toString()).doesNotContain("apac");
  }

  @Test
  void shouldPromoteToAdvocacyWithAStorySharedThreeChampionsAndTheLatestNps() {
    Account account = testData.anAccountWith(segment("emea", 100), segment("apac", 100));
    for (String key : List.of("emea", "apac")) {
      maturity.storeState(
          account.id(), key, new MaturityRepository.State(4, 0, "an-earlier-cycle"), END_OF_Q1);
      activeUsers(account, key, 70, END_OF_Q2.minusSeconds(3600));
      adoptedUseCase(account, key, 3, true, true);
      adoptedUseCase(account, key, 3, true, false);
    }
    champions.name(account.id(), "ana@example.com", "Ana", "emea");
    champions.name(account.id(), "bo@example.com", "Bo", "emea");
    champions.name(account.id(), "di@example.com", "Di", "apac");
    champions.name(account.id(), "cy@example.com", "Cy", null);
    nps(account, 10, END_OF_Q2.minusSeconds(7200));
    nps(account, 35, END_OF_Q2.minusSeconds(3600));

    List<MaturityOutcome> outcomes =
        at(END_OF_Q2, () -> service.applyTransitions(account.id(), cycle()));

    assertThat(outcomes)
        .extracting(MaturityOutcome::segmentKey, MaturityOutcome::move, MaturityOutcome::toLevel)
        .containsExactly(
            tuple("emea", MaturityMove.PROMOTE, 5), tuple("apac", MaturityMove.HOLD, 4));
  }

  private static <T> T at(Instant now, Supplier<T> action) {
    ClockUtil.setCurrentTime(Date.from(now));
    return action.get();
  }

  private void activeUsers(Account account, String segmentKey, int users, Instant at) {
    signals.receive(
        new Signal(
            "evt-" + UUID.randomUUID(),
            account.id(),
            SignalKind.ACTIVE_USERS,
            segmentKey,
            BigDecimal.valueOf(users),
            at));
  }

  private void nps(Account account, int score, Instant at) {
    signals.receive(
        new Signal(
            "evt-" + UUID.randomUUID(),
            account.id(),
            SignalKind.NPS,
            null,
            BigDecimal.valueOf(score),
            at));
  }

  private void adoptedUseCase(
      Account account,
      String segmentKey,
      int levelWhenAdopted,
      boolean valueKpisMet,
      boolean storyShared) {
    String id = "uc-" + UUID.randomUUID();
    useCases.insert(
        new UseCase(
            id,
            account.id(),
            "Faster month-end close",
            UseCaseKind.PLANNED,
            segmentKey,
            "owner@example.com",
            new UseCaseTemplate(null, null, null, null),
            new ShortlistingAnswers(true, Set.of(), true, true, true),
            List.of(),
            1,
            null,
            null,
            "P3M",
            UseCaseStatus.IN_EXECUTION,
            0,
            END_OF_Q1),
        END_OF_Q1);
    useCases.recordAdoption(id, levelWhenAdopted, valueKpisMet, END_OF_Q1);
    if (storyShared) {
      useCases.markSuccessStoryShared(id, StoryShareScope.INTERNAL, END_OF_Q1);
    }
  }

  private static JsonNode factOfType(JsonNode facts, String type) {
    for (JsonNode fact : facts) {
      if (fact.path("type").asText().equals(type)) {
        return fact.path("value");
      }
    }
    throw new AssertionError("No " + type + " among " + facts);
  }

  private static String cycle() {
    return "cycle-" + UUID.randomUUID();
  }
}
