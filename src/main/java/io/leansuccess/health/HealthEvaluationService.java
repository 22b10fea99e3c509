package io.leansuccess.health;

import io.leansuccess.account.Account;
import io.leansuccess.account.AccountRepository;
import io.leansuccess.decision.Decision;
import io.leansuccess.decision.DecisionRecord;
import io.leansuccess.decision.DecisionService;
import io.leansuccess.health.HealthDueRepository.Due;
import io.leansuccess.health.HealthRepository.State;
import io.leansuccess.shared.ResourceNotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Evaluates account health with {@code rules/HealthEscalation.drl}, a chunk of accounts per
 * transaction: the facts of the whole chunk are read with a few queries, the rules fire once per
 * account, and the results are written as batches. One account whose facts or rules fail (a bad
 * record that slipped in) never holds back the others: the chunk is then judged account by account,
 * each under a savepoint, and the failing one is logged with an error id and counted ({@link
 * HealthEvaluated#failed()}); it keeps its due mark and is tried again by the next run. Anything
 * else that fails (the database, the plans) fails the chunk, which runs again on its own.
 */
@Service
public class HealthEvaluationService {

  public static final String DECISION = "HealthEscalation";
  private static final String SINGLE = "single";
  private static final Logger LOG = LoggerFactory.getLogger(HealthEvaluationService.class);

  /**
   * How far a run got.
   *
   * @param lastAccountId the chunk's last account, where the next chunk starts after; null when
   *     empty
   * @param more whether the chunk was full, so that more accounts may follow
   */
  /**
   * @param escalated how many of the chunk's accounts the rules escalated to a get-well plan
   */
  public record Chunk(String lastAccountId, int evaluated, boolean more, int escalated) {}

  private final AccountRepository accounts;
  private final HealthFactsRepository facts;
  private final HealthRepository health;
  private final HealthDueRepository due;
  private final DecisionService decisions;
  private final HealthEscalations escalations;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final TransactionTemplate savepoint;

  public HealthEvaluationService(
      AccountRepository accounts,
      HealthFactsRepository facts,
      HealthRepository health,
      HealthDueRepository due,
      DecisionService decisions,
      HealthEscalations escalations,
      ApplicationEventPublisher events,
      Clock clock,
      PlatformTransactionManager transactions) {
    this.accounts = accounts;
    this.facts = facts;
    this.health = health;
    this.due = due;
    this.decisions = decisions;
    this.escalations = escalations;
    this.events = events;
    this.clock = clock;
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /** The next chunk of all accounts, by id: the nightly run's step. */
  @Transactional
  public Chunk evaluateAccountsAfter(String afterAccountId, int size) {
    List<String> ids = due.accountIdsAfter(afterAccountId, size);
    return chunk(ids, size, evaluate("nightly", ids));
  }

  /** The next chunk of accounts marked due by new signals, by id. */
  @Transactional
  public Chunk evaluateDueAfter(String afterAccountId, int size) {
    List<String> ids = due.dueAfter(afterAccountId, size).stream().map(Due::accountId).toList();
    return chunk(ids, size, evaluate("due", ids));
  }

  /**
   * Evaluates one account now.
   *
   * @return the history row this evaluation added or extended
   * @throws ResourceNotFoundException for an unknown account
   */
  @Transactional
  public HealthEvaluation evaluate(String accountId) {
    if (accountId == null || evaluate(SINGLE, List.of(accountId)).accountIds().isEmpty()) {
      throw new ResourceNotFoundException("account", accountId);
    }
    return health.current(accountId).orElseThrow();
  }

  /**
   * Evaluates those of {@code accountIds} that exist: their ids, in the order given, and how many
   * escalated.
   */
  private Evaluated evaluate(String run, List<String> accountIds) {
    if (accountIds.isEmpty()) {
      return new Evaluated(List.of(), 0);
    }
    long started = System.nanoTime();
    Instant now = clock.instant();
    Map<String, Account> found = accounts.findAll(accountIds);
    List<String> ids = accountIds.stream().filter(found::containsKey).toList();
    List<Judgement> judgements = new ArrayList<>(ids.size());
    int failed = 0;
    if (run.equals(SINGLE)) {
      judgements.addAll(judgeAndStore(found, ids, now));
    } else {
      try {
        judgements.addAll(savepoint.execute(status -> judgeAndStore(found, ids, now)));
      } catch (RuntimeException chunkFailure) {
        for (String id : ids) {
          try {
            judgements.addAll(savepoint.execute(status -> judgeAndStore(found, List.of(id), now)));
          } catch (RuntimeException failure) {
            failed++;
            String errorId = UUID.randomUUID().toString();
            LOG.error(
                "HEALTH-FAILED {} run, account '{}' not evaluated (error {}); the others of its chunk were",
                run,
                id,
                errorId,
                failure);
          }
        }
      }
    }
    // the plans hear of it once the evaluation they are given is stored
    escalations.tell(
        judgements.stream()
            .map(
                j ->
                    new HealthEscalations.Outcome(
                        j.state().accountId(), j.evaluation().id(), j.outcome(), j.reasons()))
            .toList());
    int escalatedNow = outcomes(judgements, HealthOutcome.ESCALATED);
    events.publishEvent(
        new HealthEvaluated(
            run,
            judgements.size(),
            escalatedNow,
            outcomes(judgements, HealthOutcome.RECOVERED),
            failed,
            Duration.ofNanos(System.nanoTime() - started)));
    return new Evaluated(ids, escalatedNow);
  }

  /** Judges the accounts and stores what was found, clearing their due marks. */
  private List<Judgement> judgeAndStore(Map<String, Account> found, List<String> ids, Instant now) {
    Map<String, State> states = health.lockStates(ids);
    // read after locking, so a signal stored before the facts are read is either seen or keeps its
    // mark
    List<Due> marks = due.marksOf(ids);
    List<Account> chunk = ids.stream().map(found::get).toList();
    Map<String, HealthSnapshot> snapshots = facts.snapshots(chunk, now);
    Map<String, HealthEvaluation> latest = health.latestOf(states.values());
    Set<String> escalated =
        escalations.stillEscalated(
            states.values().stream().filter(State::escalated).map(State::accountId).toList());
    List<HealthHistory> histories =
        ids.stream()
            .map(id -> new HealthHistory(states.get(id).greenStreak(), escalated.contains(id)))
            .toList();
    List<Decision> decided =
        decisions.evaluateEach(
            DECISION,
            Stream.iterate(0, i -> i < ids.size(), i -> i + 1)
                .map(i -> List.of(snapshots.get(ids.get(i)), histories.get(i)))
                .toList());
    List<Judgement> judgements = new ArrayList<>(ids.size());
    for (int i = 0; i < ids.size(); i++) {
      State state = states.get(ids.get(i));
      judgements.add(
          judge(
              state,
              histories.get(i),
              decided.get(i),
              state.evaluationId() == null ? null : latest.get(state.evaluationId()),
              now));
    }
    escalations.keep(judgements.stream().map(Judgement::decided).filter(Objects::nonNull).toList());
    health.save(
        judgements.stream().filter(j -> !j.extended()).map(Judgement::evaluation).toList(),
        judgements.stream().filter(Judgement::extended).map(Judgement::evaluation).toList(),
        judgements.stream().map(Judgement::state).toList());
    due.clear(marks);
    return judgements;
  }

  private static int outcomes(List<Judgement> judgements, HealthOutcome outcome) {
    return (int) judgements.stream().filter(j -> j.outcome() == outcome).count();
  }

  /** What one account's decision means for its history, state and get-well plan. */
  private Judgement judge(
      State before,
      HealthHistory history,
      Decision decision,
      HealthEvaluation latest,
      Instant now) {
    String accountId = before.accountId();
    HealthColour colour =
        decision
            .single(HealthRating.class)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        DECISION + " gave no colour for account " + accountId))
            .colour();
    List<HealthFactor> factors =
        decision.factsOf(HealthFactor.class).stream()
            .sorted(
                Comparator.comparing(HealthFactor::severity)
                    .reversed()
                    .thenComparing(HealthFactor::code))
            .toList();
    List<String> triggers =
        decision.factsOf(EscalationTrigger.class).stream().map(EscalationTrigger::reason).toList();
    HealthOutcome outcome =
        !triggers.isEmpty()
            ? HealthOutcome.ESCALATED
            : decision.single(Recovery.class).isPresent()
                ? HealthOutcome.RECOVERED
                : HealthOutcome.NONE;
    List<String> reasons =
        Stream.concat(triggers.stream(), factors.stream().map(HealthFactor::description)).toList();
    DecisionRecord decided =
        outcome == HealthOutcome.NONE
            ? null
            : escalations.decided(
                accountId,
                outcome,
                decision,
                outcome == HealthOutcome.RECOVERED
                    ? decision.factsOf(Recovery.class).stream().map(Recovery::reason).toList()
                    : reasons);
    var found =
        new HealthEvaluation(
            UUID.randomUUID().toString(),
            accountId,
            colour,
            factors,
            decision.firedRules(),
            decision.rulesVersion().deploymentId(),
            decision.rulesVersion().resourceName(),
            outcome,
            decided == null ? null : decided.id(),
            now,
            now,
            1);
    boolean same =
        outcome == HealthOutcome.NONE && latest != null && latest.verdict().equals(found.verdict());
    HealthEvaluation evaluation = same ? extend(latest, found) : found;
    boolean escalated =
        outcome == HealthOutcome.ESCALATED
            || outcome != HealthOutcome.RECOVERED && history.escalated();
    int greenStreak = colour == HealthColour.GREEN ? history.greenStreakBefore() + 1 : 0;
    var after =
        new State(accountId, colour, evaluation.verdict(), greenStreak, escalated, evaluation.id());
    return new Judgement(evaluation, same, after, reasons, decided, outcome);
  }

  /** The latest row confirmed once more, with this evaluation's descriptions, rules and time. */
  private static HealthEvaluation extend(HealthEvaluation latest, HealthEvaluation found) {
    return new HealthEvaluation(
        latest.id(),
        latest.accountId(),
        latest.colour(),
        found.factors(),
        found.firedRules(),
        found.rulesDeploymentId(),
        found.rulesResource(),
        latest.outcome(),
        latest.decisionId(),
        latest.firstEvaluatedAt(),
        found.evaluatedAt(),
        latest.evaluations() + 1);
  }

  /**
   * Where the next chunk starts: after the last account asked for, whether or not it still existed.
   */
  private static Chunk chunk(List<String> requested, int size, Evaluated evaluated) {
    return new Chunk(
        requested.isEmpty() ? null : requested.get(requested.size() - 1),
        requested.size(),
        requested.size() == size,
        evaluated.escalated());
  }

  /**
   * @param extended whether the evaluation confirms the latest history row rather than adding one
   * @param outcome this evaluation's: a row confirmed once more keeps the outcome it was added with
   *     (an escalation confirmed the next night is not a new escalation)
   */
  private record Judgement(
      HealthEvaluation evaluation,
      boolean extended,
      State state,
      List<String> reasons,
      DecisionRecord decided,
      HealthOutcome outcome) {}

  private record Evaluated(List<String> accountIds, int escalated) {}
}
