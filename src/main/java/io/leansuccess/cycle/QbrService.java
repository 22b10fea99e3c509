package io.leansuccess.cycle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.leansuccess.account.Account;
import io.leansuccess.account.AccountRepository;
import io.leansuccess.health.HealthEvaluation;
import io.leansuccess.health.HealthRepository;
import io.leansuccess.maturity.MaturityRepository;
import io.leansuccess.maturity.MaturityTransition;
import io.leansuccess.usecase.KpiStanding;
import io.leansuccess.usecase.UseCase;
import io.leansuccess.usecase.UseCaseRepository;
import io.leansuccess.usecase.UseCaseStatus;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Produces and keeps the QBR of a cycle as a snapshot ({@code ls_qbr}); producing it again replaces
 * it. The account's health is taken from the cycle's start to the review.
 */
@Service
public class QbrService {

  private static final Set<UseCaseStatus> PLANNED_NEXT =
      Set.of(UseCaseStatus.ITERATING, UseCaseStatus.SHORTLISTED, UseCaseStatus.PIPELINE);

  private final CycleRepository cycles;
  private final AccountRepository accounts;
  private final UseCaseRepository useCases;
  private final VisionRepository visions;
  private final MaturityRepository maturity;
  private final HealthRepository health;
  private final JdbcClient jdbc;
  private final ObjectMapper json;
  private final Clock clock;

  public QbrService(
      CycleRepository cycles,
      AccountRepository accounts,
      UseCaseRepository useCases,
      VisionRepository visions,
      MaturityRepository maturity,
      HealthRepository health,
      JdbcClient jdbc,
      ObjectMapper json,
      Clock clock) {
    this.cycles = cycles;
    this.accounts = accounts;
    this.useCases = useCases;
    this.visions = visions;
    this.maturity = maturity;
    this.health = health;
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
  }

  @Transactional
  public Qbr produce(String cycleId) {
    Cycle cycle =
        cycles.find(cycleId).orElseThrow(() -> new IllegalArgumentException("No cycle " + cycleId));
    Account account = accounts.find(cycle.accountId()).orElseThrow();
    // the cycle's use cases are the account's: all of them with their KPIs in two statements
    List<UseCase> ofAccount = useCases.ofAccount(account.id());
    Map<String, UseCase> byId =
        ofAccount.stream().collect(Collectors.toMap(UseCase::id, useCase -> useCase));
    Instant now = clock.instant();
    var qbr =
        new Qbr(
            account.id(),
            account.name(),
            cycleId,
            cycle.quarter().toString(),
            now,
            visions.find(account.id(), cycle.quarter().year()).orElse(null),
            cycles.useCases(cycleId).stream()
                .map(member -> result(member, byId.get(member.useCaseId())))
                .toList(),
            account.segments().stream()
                .map(segment -> level(account.id(), segment.key(), segment.name(), cycleId))
                .toList(),
            health.historyBetween(account.id(), cycle.startedAt(), now).stream()
                .map(QbrService::period)
                .toList(),
            ofAccount.stream()
                .filter(useCase -> PLANNED_NEXT.contains(useCase.status()))
                .map(
                    useCase ->
                        new Qbr.PlannedUseCase(
                            useCase.id(), useCase.title(), useCase.status().name()))
                .toList());
    jdbc.sql("delete from ls_qbr where cycle_id = ?").param(cycleId).update();
    jdbc.sql("insert into ls_qbr (cycle_id, account_id, produced_at, content) values (?, ?, ?, ?)")
        .params(cycleId, account.id(), Timestamp.from(qbr.producedAt()), write(qbr))
        .update();
    return qbr;
  }

  /** The cycle's QBR, if the one asking may see its account. */
  public Optional<Qbr> find(String cycleId) {
    return jdbc.sql("select content from ls_qbr where cycle_id = ?")
        .param(cycleId)
        .query(String.class)
        .optional()
        .map(this::read)
        .filter(qbr -> accounts.find(qbr.accountId()).isPresent());
  }

  /** The account's QBRs, newest first, if the one asking may see it. */
  public List<Qbr> ofAccount(String accountId) {
    if (accounts.find(accountId).isEmpty()) {
      return List.of();
    }
    return jdbc
        .sql("select content from ls_qbr where account_id = ? order by produced_at desc")
        .param(accountId)
        .query(String.class)
        .list()
        .stream()
        .map(this::read)
        .toList();
  }

  private Qbr.SegmentLevel level(String accountId, String segmentKey, String name, String cycleId) {
    int level = maturity.levelOf(accountId, segmentKey);
    int previous =
        maturity.transitionsOf(accountId, segmentKey).stream()
            .filter(transition -> cycleId.equals(transition.cycleId()))
            .map(MaturityTransition::fromLevel)
            .findFirst()
            .orElse(level);
    return new Qbr.SegmentLevel(segmentKey, name, level, previous);
  }

  private static Qbr.HealthPeriod period(HealthEvaluation evaluation) {
    return new Qbr.HealthPeriod(
        evaluation.colour().name(),
        evaluation.firstEvaluatedAt(),
        evaluation.evaluatedAt(),
        evaluation.factors().stream()
            .map(
                factor ->
                    new Qbr.WarningSign(
                        factor.code(), factor.severity().name(), factor.description()))
            .toList());
  }

  /** A slot's result; its use case is one of the account's. */
  private Qbr.UseCaseResult result(CycleUseCase member, UseCase useCase) {
    Map<String, BigDecimal> latest = useCases.latestValues(useCase.id());
    List<Qbr.KpiResult> kpis =
        KpiStanding.of(useCase, latest).stream()
            .map(
                standing -> {
                  var kpi = standing.kpi();
                  var progress = standing.progress();
                  return new Qbr.KpiResult(
                      kpi.id(),
                      kpi.name(),
                      kpi.unit(),
                      kpi.kind().name(),
                      kpi.baseline(),
                      kpi.target(),
                      progress.latest(),
                      progress.progress(),
                      progress.met());
                })
            .toList();
    return new Qbr.UseCaseResult(
        useCase.id(),
        useCase.title(),
        useCase.segmentKey(),
        useCase.owner(),
        useCase.status().name(),
        member.proposedOutcome(),
        member.outcome(),
        member.overrideReason(),
        kpis);
  }

  private String write(Qbr qbr) {
    try {
      return json.writeValueAsString(qbr);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private Qbr read(String content) {
    try {
      return json.readValue(content, Qbr.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Unreadable QBR", e);
    }
  }
}
