package io.leansuccess.maturity;

import io.leansuccess.account.Account;
import io.leansuccess.account.AccountRepository;
import io.leansuccess.account.Segment;
import io.leansuccess.champion.ChampionRepository;
import io.leansuccess.decision.Decision;
import io.leansuccess.decision.DecisionLog;
import io.leansuccess.decision.DecisionRecord;
import io.leansuccess.decision.DecisionService;
import io.leansuccess.shared.ResourceNotFoundException;
import io.leansuccess.signal.SignalKind;
import io.leansuccess.signal.SignalRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Maturity transitions at the end of a cycle (Revise): each segment of the account is judged on its
 * own by {@code rules/MaturityTransitions.drl}, with its own usage, champions and adopted use
 * cases, so each stored decision explains exactly one segment's move.
 */
@Service
public class MaturityService {

  public static final String DECISION = "MaturityTransitions";
  public static final String SUBJECT_TYPE = "SEGMENT";

  private final AccountRepository accounts;
  private final MaturityRepository maturity;
  private final SignalRepository signals;
  private final ChampionRepository champions;
  private final DecisionService decisions;
  private final DecisionLog log;
  private final Clock clock;

  public MaturityService(
      AccountRepository accounts,
      MaturityRepository maturity,
      SignalRepository signals,
      ChampionRepository champions,
      DecisionService decisions,
      DecisionLog log,
      Clock clock) {
    this.accounts = accounts;
    this.maturity = maturity;
    this.signals = signals;
    this.champions = champions;
    this.decisions = decisions;
    this.log = log;
    this.clock = clock;
  }

  /**
   * Applies the cycle's transitions to every segment of the account. Safe to run again for the same
   * cycle (the process runs it at least once): a segment already judged in this cycle keeps its
   * level and reports the first run's outcome.
   *
   * @throws ResourceNotFoundException for an unknown account
   */
  @Transactional
  public List<MaturityOutcome> applyTransitions(String accountId, String cycleId) {
    Objects.requireNonNull(cycleId, "cycleId: transitions are applied once per cycle");
    Account account = accounts.require(accountId);
    Integer nps = signals.latestNps(accountId).orElse(null);
    Instant now = clock.instant();
    return account.segments().stream()
        .map(segment -> apply(accountId, cycleId, segment, nps, now))
        .toList();
  }

  /** Each segment of the account with its level and the history that led there. */
  public List<SegmentStanding> standings(String accountId) {
    Account account = accounts.require(accountId);
    return account.segments().stream()
        .map(
            segment -> {
              MaturityRepository.State state = maturity.stateOf(accountId, segment.key());
              List<SegmentStanding.ExplainedTransition> history =
                  maturity.transitionsOf(accountId, segment.key()).stream()
                      .map(
                          transition ->
                              new SegmentStanding.ExplainedTransition(
                                  transition,
                                  log.find(transition.decisionId())
                                      .orElseThrow(
                                          () ->
                                              new IllegalStateException(
                                                  "Transition "
                                                      + transition.id()
                                                      + " lost its decision"))))
                      .toList();
              return new SegmentStanding(
                  segment.key(),
                  segment.name(),
                  MaturityLevel.of(state.level()),
                  state.missedFloorCycles(),
                  history);
            })
        .toList();
  }

  private MaturityOutcome apply(
      String accountId, String cycleId, Segment segment, Integer nps, Instant now) {
    var subject = new DecisionLog.Subject(accountId, cycleId, SUBJECT_TYPE, segment.key());
    MaturityRepository.State before = maturity.stateOf(accountId, segment.key());
    if (cycleId.equals(before.evaluatedCycleId())) {
      return alreadyApplied(subject, before);
    }
    Decision decision = decisions.evaluate(DECISION, facts(accountId, segment, nps, before));
    MaturityVerdict verdict =
        decision
            .single(MaturityVerdict.class)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        DECISION
                            + " gave no verdict for segment "
                            + segment.key()
                            + " of account "
                            + accountId));
    DecisionRecord record = log.record(subject, verdict.move().name(), decision);
    var after = new MaturityRepository.State(verdict.level(), verdict.missedFloorCycles(), cycleId);
    if (!maturity.storeState(accountId, segment.key(), after, now)) {
      // another run of this step got there first; rolling back keeps only its decision
      throw new IllegalStateException(
          "Maturity of segment "
              + segment.key()
              + " of account "
              + accountId
              + " was applied concurrently for cycle "
              + cycleId);
    }
    if (verdict.changesLevel()) {
      maturity.insertTransition(
          new MaturityTransition(
              UUID.randomUUID().toString(),
              accountId,
              segment.key(),
              before.level(),
              verdict.level(),
              cycleId,
              record.id(),
              now));
    }
    return new MaturityOutcome(
        segment.key(),
        verdict.move(),
        before.level(),
        verdict.level(),
        verdict.missedFloorCycles(),
        record.id(),
        false);
  }

  /**
   * The facts the transitions would be judged by now, read only: what a what-if simulation asks.
   */
  public List<Object> currentFacts(String accountId, Segment segment, Integer nps) {
    return facts(accountId, segment, nps, maturity.stateOf(accountId, segment.key()));
  }

  private List<Object> facts(
      String accountId, Segment segment, Integer nps, MaturityRepository.State state) {
    int activeUsers =
        signals
            .latest(accountId, SignalKind.ACTIVE_USERS, segment.key())
            .map(signal -> signal.value().intValueExact())
            .orElse(0);
    List<Object> facts = new ArrayList<>();
    facts.add(
        new SegmentMaturity(
            segment.key(),
            state.level(),
            activeUsers,
            segment.licensedUsers(),
            champions.countFor(accountId, segment.key()),
            nps,
            state.missedFloorCycles()));
    facts.addAll(maturity.adoptedUseCases(accountId, segment.key()));
    return facts;
  }

  /** The first run's outcome, read back: the state after it and the decision it stored. */
  private MaturityOutcome alreadyApplied(
      DecisionLog.Subject subject, MaturityRepository.State state) {
    DecisionRecord record =
        log.latest(DECISION, subject)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "Segment "
                            + subject.id()
                            + " of account "
                            + subject.accountId()
                            + " was judged in cycle "
                            + subject.cycleId()
                            + " but that decision is missing"));
    MaturityMove move = MaturityMove.valueOf(record.outcome());
    int from =
        switch (move) {
          case PROMOTE -> state.level() - 1;
          case DEMOTE -> state.level() + 1;
          case HOLD, FLOOR_MISSED -> state.level();
        };
    return new MaturityOutcome(
        subject.id(), move, from, state.level(), state.missedFloorCycles(), record.id(), true);
  }
}
