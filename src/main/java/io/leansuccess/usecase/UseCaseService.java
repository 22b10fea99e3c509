package io.leansuccess.usecase;

import io.leansuccess.account.Account;
import io.leansuccess.account.AccountRepository;
import io.leansuccess.account.Segment;
import io.leansuccess.decision.DecisionLog;
import io.leansuccess.shared.ConflictException;
import io.leansuccess.shared.InvalidFieldException;
import io.leansuccess.shared.ResourceNotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The use-case pipeline as CSMs and integrations fill it: new use cases wait in the pipeline for
 * the next shortlisting; a changed definition sends a not-shortlisted one back there. Creating the
 * stored use case again changes nothing, so integrations can retry.
 */
@Service
public class UseCaseService {

  /** What a write did, which the API turns into 201 or 200. */
  public enum Outcome {
    CREATED,
    REPLACED,
    UNCHANGED
  }

  public record Written(UseCase useCase, Outcome outcome) {}

  /** The subject type under which the decision log keeps decisions about a use case. */
  public static final String SUBJECT_TYPE = "USE_CASE";

  private final UseCaseRepository useCases;
  private final AccountRepository accounts;
  private final DecisionLog decisions;
  private final TransactionTemplate transaction;
  private final Clock clock;

  public UseCaseService(
      UseCaseRepository useCases,
      AccountRepository accounts,
      DecisionLog decisions,
      PlatformTransactionManager transactionManager,
      Clock clock) {
    this.useCases = useCases;
    this.accounts = accounts;
    this.decisions = decisions;
    this.transaction = new TransactionTemplate(transactionManager);
    this.clock = clock;
  }

  /**
   * Adds a use case to its account's pipeline, under a new id when the draft has none. Pre-existing
   * ones start there too: the shortlisting rules capture them.
   */
  public Written create(UseCase draft) {
    Account account = accounts.require(draft.accountId());
    UseCase candidate =
        checked(
            draft.id() == null ? identified(draft, UUID.randomUUID().toString()) : draft, account);
    return transactionally(
        () ->
            useCases
                .find(candidate.id())
                .map(
                    stored -> {
                      if (!definitionOf(stored).equals(definitionOf(candidate))) {
                        throw new ConflictException(
                            "Use case '"
                                + candidate.id()
                                + "' exists with another definition;"
                                + " PUT /use-cases/"
                                + candidate.id()
                                + " replaces it");
                      }
                      return new Written(stored, Outcome.UNCHANGED);
                    })
                .orElseGet(
                    () -> {
                      Instant now = clock.instant();
                      useCases.insert(started(candidate, now), now);
                      return new Written(stored(candidate.id()), Outcome.CREATED);
                    }));
  }

  /**
   * Replaces the definition (template, criteria answers, KPIs) of a use case; its status and
   * history stay, except that a not-shortlisted one goes back to the pipeline to be judged again.
   */
  public Written replaceDefinition(String id, UseCase draft) {
    return transactionally(
        () -> {
          UseCase stored =
              useCases.find(id).orElseThrow(() -> new ResourceNotFoundException("use case", id));
          if (stored.status() == UseCaseStatus.DISCARDED) {
            throw new ConflictException(
                "Use case '" + id + "' was discarded; its definition no longer changes");
          }
          if (draft.kind() != stored.kind()) {
            throw new InvalidFieldException(
                "kind", "is " + stored.kind() + " for this use case and cannot change");
          }
          UseCase replacement =
              checked(
                  new UseCase(
                      id,
                      stored.accountId(),
                      draft.title(),
                      stored.kind(),
                      draft.segmentKey(),
                      draft.owner(),
                      draft.template(),
                      draft.answers(),
                      draft.kpis(),
                      draft.requiredMaturity(),
                      draft.surveyPriority(),
                      draft.demonstrableValue(),
                      ExecutionDurations.orDefault(draft.executionDuration()),
                      stored.status(),
                      stored.iterations(),
                      stored.createdAt()),
                  accounts.require(stored.accountId()));
          if (definitionOf(stored).equals(definitionOf(replacement))) {
            return new Written(stored, Outcome.UNCHANGED);
          }
          requireMeasuredKpisKept(stored, replacement);
          Instant now = clock.instant();
          useCases.updateDefinition(replacement, now);
          if (stored.status() == UseCaseStatus.NOT_SHORTLISTED) {
            useCases.setStatus(id, UseCaseStatus.PIPELINE, now);
          }
          return new Written(stored(id), Outcome.REPLACED);
        });
  }

  public Optional<UseCaseDetails> details(String id) {
    return useCases
        .find(id)
        .map(
            useCase ->
                new UseCaseDetails(
                    useCase,
                    useCases.latestValues(id),
                    decisions.aboutSubject(SUBJECT_TYPE, id),
                    useCases.libraryOriginOf(id).orElse(null)));
  }

  /**
   * The account's use cases in the order they were created; all of them when no status is given.
   */
  public List<UseCase> ofAccount(String accountId, Set<UseCaseStatus> statuses) {
    accounts.require(accountId);
    return statuses.isEmpty()
        ? useCases.ofAccount(accountId)
        : useCases.ofAccount(accountId, statuses);
  }

  /** Every use case of an account the caller has just found, without looking it up again. */
  public List<UseCase> ofFoundAccount(Account account) {
    return useCases.ofAccount(account.id());
  }

  /** Who may see the use case's shared story in the library; empty while it was not shared. */
  public Optional<StoryShareScope> storyShareScope(String id) {
    return useCases.find(id).flatMap(useCase -> useCases.storyShareScope(id));
  }

  /** The library entries the account's use cases were copied from, by use-case id. */
  public Map<String, LibraryOrigin> libraryOrigins(String accountId) {
    return useCases.libraryOriginsOfAccount(accountId);
  }

  /**
   * Adds a copy of a library entry to the draft's account pipeline under a new id; the entry copied
   * into that account before is found instead, so copying twice creates one use case.
   */
  public Written createCopy(UseCase draft, LibraryOrigin origin) {
    Account account = accounts.require(draft.accountId());
    return transactionally(
        () ->
            useCases
                .copiedFrom(draft.accountId(), origin.entryId())
                .map(stored -> new Written(stored, Outcome.UNCHANGED))
                .orElseGet(
                    () -> {
                      UseCase candidate =
                          checked(identified(draft, UUID.randomUUID().toString()), account);
                      Instant now = clock.instant();
                      useCases.insert(started(candidate, now), now);
                      useCases.markCopiedFrom(candidate.id(), origin);
                      return new Written(stored(candidate.id()), Outcome.CREATED);
                    }));
  }

  /** The rules of the one-page template that need the account, or more than one field, to check. */
  private static UseCase checked(UseCase useCase, Account account) {
    List<String> segments = account.segments().stream().map(Segment::key).toList();
    if (!segments.contains(useCase.segmentKey())) {
      throw new InvalidFieldException(
          "segment",
          "is not a segment of account '"
              + account.id()
              + "'; its segments: "
              + (segments.isEmpty() ? "none" : String.join(", ", segments)));
    }
    if (!ExecutionDurations.valid(ExecutionDurations.orDefault(useCase.executionDuration()))) {
      throw new InvalidFieldException(
          "executionDuration", "must be a positive ISO-8601 duration such as P3M, P90D or PT2160H");
    }
    Set<String> kpiIds = new HashSet<>();
    for (int i = 0; i < useCase.kpis().size(); i++) {
      Kpi kpi = useCase.kpis().get(i);
      if (!kpiIds.add(kpi.id())) {
        throw new InvalidFieldException(
            "kpis[" + i + "].id", "is the id of an earlier KPI; KPI ids must be unique");
      }
      // baseline and method may follow; without a target nobody can tell whether it worked
      if (useCase.kind() == UseCaseKind.PLANNED && kpi.target() == null) {
        throw new InvalidFieldException(
            "kpis[" + i + "].target", "is required for every KPI of a planned use case");
      }
    }
    if (useCase.kind() == UseCaseKind.PLANNED && useCase.kpis().isEmpty()) {
      throw new InvalidFieldException(
          "kpis", "a planned use case needs at least one KPI with a target");
    }
    return useCase;
  }

  /** Measurements refer to their KPI: a KPI that has some cannot be dropped from the definition. */
  private void requireMeasuredKpisKept(UseCase stored, UseCase replacement) {
    Set<String> dropped =
        useCases.latestValues(stored.id()).keySet().stream()
            .filter(kpiId -> !replacement.hasKpi(kpiId))
            .collect(Collectors.toCollection(TreeSet::new));
    if (!dropped.isEmpty()) {
      throw new ConflictException(
          "KPI "
              + String.join(", ", dropped)
              + " of use case '"
              + stored.id()
              + "' has measurements and cannot be removed");
    }
  }

  private UseCase stored(String id) {
    return useCases.find(id).orElseThrow();
  }

  private static UseCase identified(UseCase draft, String id) {
    return copy(
        draft,
        id,
        draft.executionDuration(),
        draft.status(),
        draft.iterations(),
        draft.createdAt());
  }

  private static UseCase started(UseCase draft, Instant now) {
    return copy(
        draft,
        draft.id(),
        ExecutionDurations.orDefault(draft.executionDuration()),
        UseCaseStatus.PIPELINE,
        0,
        now);
  }

  /** The draft as it is, but for its id and the fields a new use case's life starts with. */
  private static UseCase copy(
      UseCase draft,
      String id,
      String executionDuration,
      UseCaseStatus status,
      int iterations,
      Instant createdAt) {
    return new UseCase(
        id,
        draft.accountId(),
        draft.title(),
        draft.kind(),
        draft.segmentKey(),
        draft.owner(),
        draft.template(),
        draft.answers(),
        draft.kpis(),
        draft.requiredMaturity(),
        draft.surveyPriority(),
        draft.demonstrableValue(),
        executionDuration,
        status,
        iterations,
        createdAt);
  }

  /**
   * What a client defines, comparable across a round trip through the database: numbers by value
   * ({@code 10} equals the stored {@code 10.0000}), the default duration filled in.
   */
  private static List<Object> definitionOf(UseCase useCase) {
    return List.of(
        useCase.accountId(),
        useCase.title(),
        useCase.kind(),
        useCase.segmentKey(),
        Objects.toString(useCase.owner(), ""),
        useCase.template(),
        useCase.answers(),
        useCase.kpis().stream()
            .map(
                kpi ->
                    new Kpi(
                        kpi.id(),
                        kpi.name(),
                        kpi.unit(),
                        plain(kpi.baseline()),
                        plain(kpi.target()),
                        kpi.method(),
                        kpi.kind()))
            .toList(),
        useCase.requiredMaturity(),
        Objects.toString(useCase.surveyPriority(), ""),
        Objects.toString(plain(useCase.demonstrableValue()), ""),
        ExecutionDurations.orDefault(useCase.executionDuration()));
  }

  private static BigDecimal plain(BigDecimal value) {
    return value == null ? null : value.stripTrailingZeros();
  }

  /**
   * Runs the write in a transaction, once more if a concurrent request inserted the same id first.
   */
  private Written transactionally(Supplier<Written> write) {
    try {
      return transaction.execute(status -> write.get());
    } catch (DuplicateKeyException concurrentInsert) {
      return transaction.execute(status -> write.get());
    }
  }
}
