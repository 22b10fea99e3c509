package io.leansuccess.execution;

import io.leansuccess.cycle.CycleRepository;
import io.leansuccess.cycle.CycleUseCase;
import io.leansuccess.decision.Decision;
import io.leansuccess.decision.DecisionLog;
import io.leansuccess.decision.DecisionRecord;
import io.leansuccess.decision.DecisionService;
import io.leansuccess.decision.Thresholds;
import io.leansuccess.maturity.MaturityRepository;
import io.leansuccess.usecase.Kpi;
import io.leansuccess.usecase.KpiKind;
import io.leansuccess.usecase.KpiProgress;
import io.leansuccess.usecase.Outcome;
import io.leansuccess.usecase.StoryShareScope;
import io.leansuccess.usecase.UseCase;
import io.leansuccess.usecase.UseCaseRepository;
import io.leansuccess.usecase.UseCaseStatus;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The end of a use case's execution: the rules propose adopt, iterate or discard from its KPIs, and
 * the CSM confirms or overrides with a reason. Both steps are safe to run twice.
 */
@Service
public class UseCaseOutcomes {

  public static final String DECISION = "UseCaseOutcome";

  private final CycleRepository cycles;
  private final UseCaseRepository useCases;
  private final MaturityRepository maturity;
  private final DecisionService decisions;
  private final DecisionLog log;
  private final Clock clock;

  public UseCaseOutcomes(
      CycleRepository cycles,
      UseCaseRepository useCases,
      MaturityRepository maturity,
      DecisionService decisions,
      DecisionLog log,
      Clock clock) {
    this.cycles = cycles;
    this.useCases = useCases;
    this.maturity = maturity;
    this.decisions = decisions;
    this.log = log;
    this.clock = clock;
  }

  @Transactional
  public void startExecution(String useCaseId) {
    useCases.setStatus(useCaseId, UseCaseStatus.IN_EXECUTION, clock.instant());
  }

  @Transactional
  public ProposedOutcome propose(String cycleId, String useCaseId) {
    UseCase useCase = useCase(useCaseId);
    Decision decision = decisions.evaluate(DECISION, factsOf(useCase));
    Outcome outcome =
        decision
            .single(OutcomeProposal.class)
            .map(OutcomeProposal::outcome)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        DECISION + " proposed nothing for use case " + useCaseId));
    DecisionRecord record =
        log.record(
            new DecisionLog.Subject(useCase.accountId(), cycleId, "USE_CASE", useCaseId),
            outcome.name(),
            decision);
    cycles.proposeOutcome(cycleId, useCaseId, outcome.name());
    return new ProposedOutcome(
        outcome, decision.firedRules(), Thresholds.describe(decision.policies()), record.id());
  }

  /**
   * The stored proposal for the use case in this cycle, as the rules made it; empty before the
   * rules proposed.
   */
  public Optional<ProposedOutcome> proposal(String cycleId, String useCaseId) {
    return useCases.find(useCaseId).flatMap(useCase -> proposal(cycleId, useCase));
  }

  /** {@link #proposal(String, String)} for a use case already read. */
  public Optional<ProposedOutcome> proposal(String cycleId, UseCase useCase) {
    return log.latest(
            DECISION,
            new DecisionLog.Subject(useCase.accountId(), cycleId, "USE_CASE", useCase.id()))
        .map(
            record ->
                new ProposedOutcome(
                    Outcome.valueOf(record.outcome()),
                    record.firedRules(),
                    Thresholds.describe(record.policy()),
                    record.id()));
  }

  /** Refuses an override without a reason; a null choice confirms the proposal. */
  public static Outcome checkChoice(Outcome proposed, Outcome chosen, String overrideReason) {
    Outcome outcome = chosen == null ? proposed : chosen;
    if (outcome != proposed && (overrideReason == null || overrideReason.isBlank())) {
      throw new OutcomeOverrideWithoutReasonException(proposed.name(), outcome.name());
    }
    return outcome;
  }

  @Transactional
  public Outcome confirm(
      String cycleId, String useCaseId, Outcome chosen, String overrideReason, String decidedBy) {
    CycleUseCase member =
        cycles
            .useCase(cycleId, useCaseId)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "Use case " + useCaseId + " is not part of cycle " + cycleId));
    if (member.outcome() != null) {
      return Outcome.valueOf(member.outcome());
    }
    Outcome proposed = Outcome.valueOf(member.proposedOutcome());
    Outcome outcome = checkChoice(proposed, chosen, overrideReason);
    var now = clock.instant();
    cycles.confirmOutcome(
        cycleId,
        useCaseId,
        outcome.name(),
        outcome == proposed ? null : overrideReason,
        decidedBy,
        now);
    UseCase useCase = useCase(useCaseId);
    switch (outcome) {
      case ADOPT ->
          useCases.recordAdoption(
              useCaseId,
              maturity.levelOf(useCase.accountId(), useCase.segmentKey()),
              valueKpisMet(useCase),
              now);
      case ITERATE -> useCases.countIteration(useCaseId, now);
      case DISCARD -> useCases.setStatus(useCaseId, UseCaseStatus.DISCARDED, now);
    }
    return outcome;
  }

  @Transactional
  public void successStoryShared(String useCaseId, StoryShareScope scope) {
    useCases.markSuccessStoryShared(useCaseId, scope, clock.instant());
  }

  /** The facts the outcome rules judge the use case by, as its KPIs stand now. */
  public List<Object> factsOf(UseCase useCase) {
    List<Object> facts =
        new ArrayList<>(List.of(new OutcomeCandidate(useCase.id(), useCase.iterations())));
    facts.addAll(progressOf(useCase));
    return facts;
  }

  private List<KpiProgress> progressOf(UseCase useCase) {
    Map<String, BigDecimal> latest = useCases.latestValues(useCase.id());
    return useCase.kpis().stream()
        .filter(kpi -> kpi.baseline() != null && kpi.target() != null)
        .map(
            kpi ->
                new KpiProgress(
                    useCase.id(), kpi.id(), kpi.baseline(), kpi.target(), latest.get(kpi.id())))
        .toList();
  }

  /** Every value KPI met: what the maturity rules count as "met value KPIs". */
  private boolean valueKpisMet(UseCase useCase) {
    List<KpiProgress> progress = progressOf(useCase);
    List<String> valueKpis =
        useCase.kpis().stream().filter(kpi -> kpi.kind() == KpiKind.VALUE).map(Kpi::id).toList();
    return !valueKpis.isEmpty()
        && progress.stream()
            .filter(kpi -> valueKpis.contains(kpi.kpiId()))
            .allMatch(KpiProgress::met)
        && progress.stream().filter(kpi -> valueKpis.contains(kpi.kpiId())).count()
            == valueKpis.size();
  }

  private UseCase useCase(String useCaseId) {
    return useCases
        .find(useCaseId)
        .orElseThrow(() -> new IllegalArgumentException("No use case " + useCaseId));
  }
}
