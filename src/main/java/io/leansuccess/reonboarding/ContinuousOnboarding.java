package io.leansuccess.reonboarding;

import io.leansuccess.account.Account;
import io.leansuccess.account.AccountRepository;
import io.leansuccess.account.Segment;
import io.leansuccess.decision.Decision;
import io.leansuccess.decision.DecisionLog;
import io.leansuccess.decision.DecisionService;
import io.leansuccess.signal.Signal;
import io.leansuccess.signal.SignalKind;
import io.leansuccess.signal.SignalRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Continuous onboarding (seed 001): after a contract update, an ARR change, a count of active users
 * or a feature release, {@code rules/ContinuousOnboarding.drl} sets each segment concerned against
 * the base that was trained, and every segment it finds a reason for gets a timed re-onboarding,
 * never two open at once. A segment without a trained base yet (onboarded before this release) gets
 * its base from what it looks like now.
 */
@Service
public class ContinuousOnboarding {

  public static final String DECISION = "ContinuousOnboarding";

  /** Subject type of the decisions in the decision log: a segment, {@code account/segment}. */
  public static final String SUBJECT_TYPE = "SEGMENT";

  public static final String RE_ONBOARD = "RE_ONBOARD";

  private final ReOnboardingRepository reOnboardings;
  private final ReOnboardingProcesses processes;
  private final AccountRepository accounts;
  private final SignalRepository signals;
  private final DecisionService decisions;
  private final DecisionLog log;
  private final Clock clock;
  private final TransactionTemplate savepoint;

  public ContinuousOnboarding(
      ReOnboardingRepository reOnboardings,
      ReOnboardingProcesses processes,
      AccountRepository accounts,
      SignalRepository signals,
      DecisionService decisions,
      DecisionLog log,
      Clock clock,
      PlatformTransactionManager transactions) {
    this.reOnboardings = reOnboardings;
    this.processes = processes;
    this.accounts = accounts;
    this.signals = signals;
    this.decisions = decisions;
    this.log = log;
    this.clock = clock;
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /** The CRM updated the account (a contract): every segment, against its licences and ARR. */
  @Transactional
  public void accountUpdated(String accountId) {
    accounts
        .find(accountId)
        .ifPresent(
            account -> {
              List<Reading> readings = new ArrayList<>();
              for (Segment segment : account.segments()) {
                readings.add(new Reading(account, segment, null, null, null));
              }
              consider(readings);
            });
  }

  /**
   * Signals were stored: active users per segment; ARR changes and feature releases for every
   * segment of their account. Other kinds concern no one here.
   */
  @Transactional
  public void signalsStored(List<Signal> stored) {
    List<Signal> relevant =
        stored.stream()
            .filter(
                signal ->
                    signal.kind() == SignalKind.ACTIVE_USERS
                        || signal.kind() == SignalKind.ARR_CHANGED
                        || signal.kind() == SignalKind.FEATURE_RELEASED)
            .toList();
    if (relevant.isEmpty()) {
      return;
    }
    Map<String, Account> known =
        accounts.findAll(relevant.stream().map(Signal::accountId).distinct().toList());
    List<Reading> readings = new ArrayList<>();
    for (Signal signal : relevant) {
      Account account = known.get(signal.accountId());
      if (account == null) {
        continue;
      }
      for (Segment segment : account.segments()) {
        switch (signal.kind()) {
          case ACTIVE_USERS -> {
            if (segment.key().equals(signal.segmentKey())) {
              readings.add(
                  new Reading(account, segment, signal.value().intValueExact(), null, null));
            }
          }
          case ARR_CHANGED ->
              readings.add(new Reading(account, segment, null, signal.value(), null));
          default -> readings.add(new Reading(account, segment, null, null, signal.detail()));
        }
      }
    }
    consider(readings);
  }

  /**
   * The onboarding's launch or a re-onboarding completed: the segment's users now are the base that
   * was trained.
   *
   * @param segmentKey one segment, or null for all of the account's
   */
  @Transactional
  public void trained(String accountId, String segmentKey) {
    accounts
        .find(accountId)
        .ifPresent(
            account ->
                account.segments().stream()
                    .filter(segment -> segmentKey == null || segment.key().equals(segmentKey))
                    .forEach(segment -> reOnboardings.saveBase(baseNow(account, segment))));
  }

  /** The re-onboarding's process ended, however. */
  @Transactional
  public void closed(String reOnboardingId) {
    reOnboardings.close(reOnboardingId, clock.instant());
  }

  public List<ReOnboarding> ofAccount(String accountId) {
    accounts.require(accountId);
    return reOnboardings.ofAccount(accountId);
  }

  private void consider(List<Reading> readings) {
    if (readings.isEmpty()) {
      return;
    }
    Map<String, Map<String, TrainedBase>> bases =
        new LinkedHashMap<>(
            reOnboardings.basesOf(
                readings.stream().map(reading -> reading.account().id()).distinct().toList()));
    List<Reading> judged = new ArrayList<>();
    List<List<SegmentReading>> facts = new ArrayList<>();
    for (Reading reading : readings) {
      TrainedBase base =
          bases.getOrDefault(reading.account().id(), Map.of()).get(reading.segment().key());
      if (base == null) {
        // onboarded before trained bases were kept: what it is now is what was trained
        base = baseNow(reading.account(), reading.segment());
        reOnboardings.insertBaseIfAbsent(base);
        bases
            .computeIfAbsent(reading.account().id(), id -> new LinkedHashMap<>())
            .put(reading.segment().key(), base);
        if (reading.featureReleased() == null) {
          continue;
        }
      }
      judged.add(reading);
      facts.add(List.of(reading.against(base)));
    }
    if (facts.isEmpty()) {
      return;
    }
    List<Decision> decided = decisions.evaluateEach(DECISION, facts);
    for (int i = 0; i < decided.size(); i++) {
      List<ReOnboardingReason> reasons = decided.get(i).factsOf(ReOnboardingReason.class);
      if (!reasons.isEmpty()) {
        Reading reading = judged.get(i);
        Decision decision = decided.get(i);
        // one segment's failure leaves the others' re-onboardings and the signals stored
        try {
          savepoint.executeWithoutResult(status -> open(reading, decision, reasons));
        } catch (RuntimeException failed) {
          ReOnboardingLogger.failed(reading.account().id(), reading.segment().key(), failed);
        }
      }
    }
  }

  private void open(Reading reading, Decision decision, List<ReOnboardingReason> reasons) {
    String accountId = reading.account().id();
    String segmentKey = reading.segment().key();
    var reOnboarding =
        new ReOnboarding(
            UUID.randomUUID().toString(),
            accountId,
            segmentKey,
            reasons.stream().map(ReOnboardingReason::trigger).distinct().toList(),
            null,
            null,
            clock.instant(),
            null);
    if (!reOnboardings.insertOpen(reOnboarding)) {
      return;
    }
    List<String> why = reasons.stream().map(ReOnboardingReason::description).toList();
    var subject =
        new DecisionLog.Subject(
            accountId,
            null,
            SUBJECT_TYPE,
            ReOnboardingRepository.openSegment(accountId, segmentKey));
    String decisionId = log.record(subject, RE_ONBOARD, decision, String.join("; ", why)).id();
    reOnboardings.started(
        reOnboarding.id(),
        decisionId,
        processes.start(reOnboarding, reading.segment().name(), why));
    ReOnboardingLogger.opened(accountId, segmentKey, reOnboarding.id(), why);
  }

  private TrainedBase baseNow(Account account, Segment segment) {
    Optional<Signal> active = signals.latest(account.id(), SignalKind.ACTIVE_USERS, segment.key());
    int users =
        active.map(signal -> signal.value().intValueExact()).orElse(segment.licensedUsers());
    return new TrainedBase(
        account.id(),
        segment.key(),
        users,
        segment.licensedUsers(),
        account.arrNow(),
        clock.instant());
  }

  /** What one trigger says about one segment. */
  private record Reading(
      Account account,
      Segment segment,
      Integer activeUsers,
      BigDecimal arr,
      String featureReleased) {

    SegmentReading against(TrainedBase base) {
      return new SegmentReading(
          account.id(),
          segment.key(),
          base.users(),
          base.licences(),
          base.arr(),
          segment.licensedUsers(),
          activeUsers,
          arr != null ? arr : account.arrNow(),
          featureReleased);
    }
  }
}
