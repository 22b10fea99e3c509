package io.leansuccess.renewal;

import io.leansuccess.account.Account;
import io.leansuccess.account.AccountRepository;
import io.leansuccess.decision.Decision;
import io.leansuccess.decision.DecisionLog;
import io.leansuccess.decision.DecisionRecord;
import io.leansuccess.decision.DecisionService;
import io.leansuccess.decision.Thresholds;
import io.leansuccess.getwell.GetWellPlans;
import io.leansuccess.renewal.ReadinessVerdict.Readiness;
import io.leansuccess.renewal.RenewalReadinessRepository.Renewal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Renewal readiness: opened when the rules say the renewal is close (by the daily run, or at once
 * when the CRM moves a renewal date), judged by the rules from a brief of live data, and moved or
 * cancelled with the renewal date. Never two open for one account, whoever opens them.
 */
@Service
public class RenewalReadinessService {

  public static final String DECISION = "RenewalReadiness";
  public static final String SUBJECT_TYPE = "RENEWAL";

  /** One step of the daily run. */
  public record Chunk(int considered, int opened, String lastAccountId, boolean more) {}

  /** What the rules concluded about a readiness, and the decision that keeps why. */
  public record Judgement(Readiness readiness, RenewalBrief brief, DecisionRecord decision) {}

  private final RenewalReadinessRepository readiness;
  private final AccountRepository accounts;
  private final RenewalBriefs briefs;
  private final DecisionService decisions;
  private final DecisionLog log;
  private final RenewalReadinessProcesses processes;
  private final ObjectProvider<GetWellPlans> getWellPlans;
  private final Clock clock;

  public RenewalReadinessService(
      RenewalReadinessRepository readiness,
      AccountRepository accounts,
      RenewalBriefs briefs,
      DecisionService decisions,
      DecisionLog log,
      RenewalReadinessProcesses processes,
      ObjectProvider<GetWellPlans> getWellPlans,
      Clock clock) {
    this.readiness = readiness;
    this.accounts = accounts;
    this.briefs = briefs;
    this.decisions = decisions;
    this.log = log;
    this.processes = processes;
    this.getWellPlans = getWellPlans;
    this.clock = clock;
  }

  /**
   * The daily run's next chunk: the accounts after {@code afterAccountId} without a readiness for
   * their renewal, those the rules find close opened.
   */
  @Transactional
  public Chunk openDueAfter(String afterAccountId, int size) {
    LocalDate today = today();
    List<Renewal> renewals = readiness.withoutReadiness(afterAccountId, today, size);
    if (renewals.isEmpty()) {
      return new Chunk(0, 0, null, false);
    }
    List<List<RenewalAhead>> facts =
        renewals.stream()
            .map(
                renewal ->
                    List.of(
                        new RenewalAhead(
                            renewal.accountId(),
                            ChronoUnit.DAYS.between(today, renewal.renewalDate()))))
            .toList();
    List<Decision> decided = decisions.evaluateEach(DECISION, facts);
    int opened = 0;
    for (int i = 0; i < renewals.size(); i++) {
      if (!decided.get(i).factsOf(ReadinessDue.class).isEmpty()
          && open(renewals.get(i).accountId(), renewals.get(i).renewalDate())) {
        opened++;
      }
    }
    return new Chunk(
        renewals.size(),
        opened,
        renewals.get(renewals.size() - 1).accountId(),
        renewals.size() == size);
  }

  /**
   * The account's renewal date changed (or the account is new): an open readiness for another date
   * moves with it while the renewal is still close and is cancelled otherwise; a renewal now close
   * without one gets one.
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void renewalChanged(String accountId) {
    Account account = accounts.find(accountId).orElse(null);
    if (account == null) {
      return;
    }
    boolean close = isClose(account);
    var open = readiness.findOpen(accountId);
    if (open.isPresent()) {
      RenewalReadiness current = open.get();
      if (current.renewalDate().equals(account.renewalDate())) {
        return;
      }
      RenewalLogger.moved(accountId, current.id(), account.renewalDate(), !close);
      if (close) {
        readiness.moveRenewal(current.id(), account.renewalDate());
        processes.renewalMoved(current.processInstanceId(), account.renewalDate());
        return;
      }
      readiness.close(current.id(), clock.instant(), RenewalReadiness.CANCELLED);
      processes.cancel(
          current.processInstanceId(), "The renewal date moved to " + account.renewalDate());
      return;
    }
    if (close && !readiness.preparedAhead(accountId, today())) {
      open(accountId, account.renewalDate());
    }
  }

  /**
   * Briefs the CSM from live data and the CSM's own answers, lets the rules judge, keeps the
   * decision and, when the account needs to get well first, starts its get-well plan (never a
   * second one).
   */
  @Transactional
  public Judgement judge(String readinessId, Map<RenewalQuestion, String> csmAnswers) {
    RenewalReadiness current =
        readiness
            .find(readinessId)
            .orElseThrow(() -> new IllegalStateException("No renewal readiness " + readinessId));
    Account account = accounts.require(current.accountId());
    RenewalBrief brief = briefs.of(account, today()).answeredBy(csmAnswers);
    Decision decision = decisions.evaluate(DECISION, List.of(brief.facts()));
    Readiness verdict =
        decision
            .single(ReadinessVerdict.class)
            .map(ReadinessVerdict::readiness)
            .orElseThrow(
                () -> new IllegalStateException(DECISION + " judged nothing for " + readinessId));
    DecisionRecord record =
        log.record(
            new DecisionLog.Subject(account.id(), null, SUBJECT_TYPE, readinessId),
            verdict.name(),
            decision,
            explanation(brief, decision));
    readiness.judged(readinessId, brief, verdict.name(), record.id());
    RenewalLogger.judged(account.id(), readinessId, verdict.name(), record.id());
    GetWellPlans plans = getWellPlans.getIfAvailable();
    if (verdict == Readiness.GET_WELL_FIRST && plans != null) {
      plans.escalate(account.id(), record.id(), reasons(brief, decision));
    }
    return new Judgement(verdict, brief, record);
  }

  /** The readiness's process ended: prepared, or cancelled (in Cockpit, or by a moved renewal). */
  @Transactional
  public void closed(String readinessId, boolean cancelled) {
    readiness.close(
        readinessId,
        clock.instant(),
        cancelled ? RenewalReadiness.CANCELLED : RenewalReadiness.PREPARED);
  }

  /** The account's readiness, newest first; another team's account answers 404. */
  public List<RenewalReadiness> ofAccount(String accountId) {
    accounts.require(accountId);
    return readiness.ofAccount(accountId);
  }

  private boolean open(String accountId, LocalDate renewalDate) {
    String id = UUID.randomUUID().toString();
    if (!readiness.insertOpen(id, accountId, renewalDate, clock.instant())) {
      return false;
    }
    String name = accounts.find(accountId).map(Account::name).orElse("");
    readiness.setProcessInstance(id, processes.start(id, accountId, name, renewalDate));
    RenewalLogger.opened(accountId, id, renewalDate);
    return true;
  }

  private boolean isClose(Account account) {
    long days = ChronoUnit.DAYS.between(today(), account.renewalDate());
    return !decisions
        .evaluate(DECISION, List.of(new RenewalAhead(account.id(), days)))
        .factsOf(ReadinessDue.class)
        .isEmpty();
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  private static String explanation(RenewalBrief brief, Decision decision) {
    List<String> parts = new ArrayList<>();
    parts.add("Renewal on " + brief.renewalDate() + ", in " + brief.daysToRenewal() + " days");
    if (!brief.unanswered().isEmpty()) {
      parts.add(
          "unanswered: "
              + String.join("; ", brief.unanswered().stream().map(RenewalQuestion::text).toList()));
    }
    parts.addAll(Thresholds.describe(decision.policies()));
    return String.join(". ", parts);
  }

  private static List<String> reasons(RenewalBrief brief, Decision decision) {
    List<String> reasons = new ArrayList<>();
    reasons.add(
        "Renewal on "
            + brief.renewalDate()
            + ": the renewal readiness rules ask for a get-well plan first");
    brief
        .answer(RenewalQuestion.RELATIONSHIP_HEALTH)
        .ifPresent(answer -> reasons.add("Health: " + answer.answer()));
    reasons.addAll(decision.firedRules());
    return reasons;
  }
}
