package io.leansuccess.health;

import static io.leansuccess.health.HealthSignals.account;
import static io.leansuccess.health.HealthSignals.freshId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leansuccess.account.AccountRepository;
import io.leansuccess.decision.DecisionLog;
import io.leansuccess.decision.DecisionRecord;
import io.leansuccess.shared.ResourceNotFoundException;
import io.leansuccess.signal.SignalKind;
import io.leansuccess.signal.SignalService;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Health evaluated from stored signals with the deployed rules: what is stored, what the decision
 * log keeps, and when the history grows. No get-well plan bean is needed: the escalation is
 * asserted on the stored state and decision.
 */
@LeanSuccessIntegrationTest
class HealthEvaluationIT {

  static final Instant NOW = Instant.parse("2026-10-01T08:00:00Z");

  @Autowired HealthEvaluationService service;
  @Autowired HealthRepository health;
  @Autowired DecisionLog decisions;
  @Autowired AccountRepository accounts;
  @Autowired SignalService signalService;
  @Autowired HealthDueRepository due;

  HealthSignals signals;

  @BeforeEach
  void atAFixedTime() {
    ClockUtil.setCurrentTime(Date.from(NOW));
    signals = new HealthSignals(accounts, signalService);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void shouldRateVeryLowUsageRedWithItsFactorAndKeepTheEscalationDecision() {
    String id = freshId("red");
    signals.store(account(id, LocalDate.of(2027, 9, 30))).about(id, NOW).activeUsers(1, 10).send();

    HealthEvaluation evaluation = service.evaluate(id);

    assertThat(evaluation.colour()).isEqualTo(HealthColour.RED);
    assertThat(evaluation.factors())
        .containsExactly(
            HealthFactor.red("VERY_LOW_USAGE", "Active users below 20% of licences (10 of 100)"));
    assertThat(evaluation.firedRules())
        .contains("Active users below the red share of licences", "Escalate: health is red");
    assertThat(evaluation.rulesResource()).isEqualTo("rules/HealthEscalation.drl");
    assertThat(evaluation.outcome()).isEqualTo(HealthOutcome.ESCALATED);
    DecisionRecord decision = decisions.find(evaluation.decisionId()).orElseThrow();
    assertThat(decision.subjectType()).isEqualTo("ACCOUNT");
    assertThat(decision.subjectId()).isEqualTo(id);
    assertThat(decision.outcome()).isEqualTo("ESCALATED");
    assertThat(decision.decisionName()).isEqualTo("HealthEscalation");
    assertThat(health.state(id).orElseThrow().escalated()).isTrue();
  }

  @Test
  void shouldConfirmTheLatestRowWhenNothingChangedAndNotEscalateAgain() {
    String id = freshId("steady");
    signals.store(account(id, LocalDate.of(2027, 9, 30))).about(id, NOW).activeUsers(1, 10).send();

    HealthEvaluation first = service.evaluate(id);
    HealthEvaluation second = service.evaluate(id);

    assertThat(second.id()).isEqualTo(first.id());
    assertThat(second.evaluations()).isEqualTo(2);
    assertThat(second.outcome()).isEqualTo(HealthOutcome.ESCALATED);
    assertThat(second.firedRules()).doesNotContain("Escalate: health is red");
    assertThat(health.countHistory(id)).isEqualTo(1);
    assertThat(decisions.aboutSubject("ACCOUNT", id)).hasSize(1);
  }

  @Test
  void shouldRecoverOnTheSecondConsecutiveGreenEvaluationNotTheFirst() {
    String id = freshId("recovers");
    signals.store(account(id, LocalDate.of(2027, 9, 30))).about(id, NOW).activeUsers(2, 10).send();
    service.evaluate(id);
    signals.activeUsers(1, 80).send();

    HealthEvaluation firstGreen = evaluateNextDay(id);
    HealthEvaluation secondGreen = evaluateNextDay(id);
    HealthEvaluation thirdGreen = evaluateNextDay(id);

    assertThat(firstGreen.colour()).isEqualTo(HealthColour.GREEN);
    assertThat(firstGreen.outcome()).isEqualTo(HealthOutcome.NONE);
    assertThat(secondGreen.outcome()).isEqualTo(HealthOutcome.RECOVERED);
    assertThat(secondGreen.firedRules())
        .contains("Recovered: green in enough consecutive evaluations");
    assertThat(thirdGreen.id())
        .as("a steady green confirms the recovery row")
        .isEqualTo(secondGreen.id());
    assertThat(health.state(id).orElseThrow().escalated()).isFalse();
    assertThat(decisions.aboutSubject("ACCOUNT", id))
        .extracting(DecisionRecord::outcome)
        .containsExactly("ESCALATED", "RECOVERED");
    assertThat(health.history(id, 10, 0))
        .extracting(HealthEvaluation::outcome)
        .containsExactly(HealthOutcome.RECOVERED, HealthOutcome.NONE, HealthOutcome.ESCALATED);
  }

  /** Evaluations a day apart, as the nightly run makes them. */
  private HealthEvaluation evaluateNextDay(String accountId) {
    ClockUtil.setCurrentTime(
        Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(1))));
    return service.evaluate(accountId);
  }

  @Test
  void shouldReadTicketsCommunicationsInvoicesArrNpsAndFeatureUsageFromTheSignals() {
    String id = freshId("signs");
    signals
        .store(account(id, LocalDate.of(2027, 9, 30)))
        .about(id, NOW)
        .activeUsers(3, 70)
        .daysAgo(40, SignalKind.FEATURE_USAGE, "500", null, "reports")
        .daysAgo(10, SignalKind.FEATURE_USAGE, "200", null, "reports")
        .daysAgo(30, SignalKind.SUPPORT_TICKET_OPENED, null, "HOW_TO", "T-1")
        .daysAgo(29, SignalKind.SUPPORT_TICKET_OPENED, null, "HOW_TO", "T-2")
        .daysAgo(28, SignalKind.SUPPORT_TICKET_OPENED, null, "DEFECT", "T-3")
        .daysAgo(27, SignalKind.SUPPORT_TICKET_OPENED, null, "OUTAGE", "T-4")
        .daysAgo(26, SignalKind.SUPPORT_TICKET_OPENED, null, "DEFECT", "T-5")
        .daysAgo(5, SignalKind.SUPPORT_TICKET_CLOSED, null, null, "T-5")
        .daysAgo(90, SignalKind.COMMUNICATION_SENT, null, null, "newsletter-1")
        .daysAgo(61, SignalKind.COMMUNICATION_OPENED, null, null, "newsletter-1")
        .daysAgo(50, SignalKind.COMMUNICATION_SENT, null, null, "newsletter-2")
        .daysAgo(20, SignalKind.COMMUNICATION_SENT, null, null, "webinar")
        .daysAgo(45, SignalKind.INVOICE_ISSUED, "2500", null, "INV-1")
        .daysAgo(10, SignalKind.INVOICE_OVERDUE, "2500", null, "INV-1")
        .daysAgo(80, SignalKind.INVOICE_ISSUED, "2500", null, "INV-0")
        .daysAgo(60, SignalKind.INVOICE_OVERDUE, "2500", null, "INV-0")
        .daysAgo(55, SignalKind.INVOICE_PAID, "2500", null, "INV-0")
        .daysAgo(15, SignalKind.ARR_CHANGED, "90000", null, null)
        .daysAgo(12, SignalKind.NPS, "-20", null, null)
        .daysAgo(400, SignalKind.RENEWAL_DONE, "100000", null, "C-2025")
        .send();

    HealthEvaluation evaluation = service.evaluate(id);

    assertThat(evaluation.factors())
        .extracting(HealthFactor::code)
        .containsExactly(
            "ARR_BELOW_SIGNING",
            "FEATURE_USAGE_FELL",
            "HOW_TO_TICKETS",
            "INVOICE_OVERDUE",
            "NOTHING_OPENED",
            "NO_ANSWERS",
            "NPS_LOW");
    assertThat(evaluation.factors())
        .extracting(HealthFactor::description)
        .contains(
            "How-to tickets are 50% or more of the open tickets (2 of 4)",
            "Nothing opened in 60 days (61 days without an opening, 2 sent since)",
            "No answer to the last 3 communications (3 unanswered)",
            "Invoice overdue (1 overdue, 2500 in total)",
            "ARR below ARR at signing (90000 against 100000)",
            "Feature usage fell by 10% or more since the previous counts (500 to 200)");
    assertThat(evaluation.colour()).isEqualTo(HealthColour.RED);
    assertThat(evaluation.firedRules())
        .contains(
            "Escalate: health is red", "Escalate: nothing opened for too long while usage falls");
  }

  @Test
  void shouldEscalateAmberWhenTheRenewalIs120DaysAwayButNot121() {
    String at120 = freshId("renewal-120");
    String at121 = freshId("renewal-121");
    signals
        .store(account(at120, LocalDate.of(2027, 1, 29)))
        .about(at120, NOW)
        .daysAgo(1, SignalKind.NPS, "-5", null, null)
        .send();
    signals
        .store(account(at121, LocalDate.of(2027, 1, 30)))
        .about(at121, NOW)
        .daysAgo(1, SignalKind.NPS, "-5", null, null)
        .send();

    HealthEvaluation escalated = service.evaluate(at120);
    HealthEvaluation notYet = service.evaluate(at121);

    assertThat(escalated.colour()).isEqualTo(HealthColour.AMBER);
    assertThat(escalated.outcome()).isEqualTo(HealthOutcome.ESCALATED);
    assertThat(escalated.firedRules()).contains("Escalate: amber with the renewal close");
    assertThat(notYet.colour()).isEqualTo(HealthColour.AMBER);
    assertThat(notYet.outcome()).isEqualTo(HealthOutcome.NONE);
  }

  @Test
  void shouldMarkAnAccountDueOnceForManySignalsAndClearItWhenEvaluated() {
    String prefix = freshId("zzz-due");
    String id = prefix + "-a";
    signals.store(account(id, LocalDate.of(2027, 9, 30))).about(id, NOW);
    for (int day = 100; day > 0; day--) {
      signals.activeUsers(day, 50 + day % 7);
    }
    signals.send();
    assertThat(due.marksOf(List.of(id))).as("a hundred signals, one mark").hasSize(1);

    HealthEvaluationService.Chunk chunk = service.evaluateDueAfter(prefix, 10);

    assertThat(chunk.lastAccountId()).isEqualTo(id);
    assertThat(chunk.evaluated()).isEqualTo(1);
    assertThat(chunk.more()).isFalse();
    assertThat(health.history(id, 10, 0))
        .singleElement()
        .extracting(HealthEvaluation::evaluations)
        .isEqualTo(1);
    assertThat(service.evaluateDueAfter(prefix, 10).evaluated())
        .as("nothing due any more")
        .isZero();
  }

  @Test
  void shouldKeepAMarkThatNewSignalsRaisedWhileTheEvaluationRan() {
    String id = freshId("race");
    signals.store(account(id, LocalDate.of(2027, 9, 30))).about(id, NOW).activeUsers(2, 50).send();
    List<HealthDueRepository.Due> seenByTheEvaluation = due.marksOf(List.of(id));

    signals.activeUsers(1, 40).send();
    due.clear(seenByTheEvaluation);

    assertThat(due.marksOf(List.of(id)))
        .singleElement()
        .satisfies(
            mark -> assertThat(mark.version()).isEqualTo(seenByTheEvaluation.get(0).version() + 1));
  }

  @Test
  void shouldRefuseToEvaluateAnUnknownAccount() {
    assertThatThrownBy(() -> service.evaluate("no-such-account"))
        .isInstanceOf(ResourceNotFoundException.class);
  }
}
