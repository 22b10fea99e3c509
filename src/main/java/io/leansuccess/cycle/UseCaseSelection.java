package io.leansuccess.cycle;

import io.leansuccess.decision.Decision;
import io.leansuccess.decision.DecisionLog;
import io.leansuccess.decision.DecisionService;
import io.leansuccess.usecase.Selection;
import io.leansuccess.usecase.SelectionCandidate;
import io.leansuccess.usecase.SlotRequest;
import io.leansuccess.usecase.UseCase;
import io.leansuccess.usecase.UseCaseRepository;
import io.leansuccess.usecase.UseCaseShortlisting;
import io.leansuccess.usecase.UseCaseStatus;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Envision: the rules select the cycle's use cases from the shortlist, carried-over ones first. The
 * selection is one decision about the cycle, explained as a whole.
 */
@Service
public class UseCaseSelection {

  private final CycleRepository cycles;
  private final UseCaseRepository useCases;
  private final DecisionService decisions;
  private final DecisionLog log;
  private final Clock clock;
  private final Integer configuredSlots;

  public UseCaseSelection(
      CycleRepository cycles,
      UseCaseRepository useCases,
      DecisionService decisions,
      DecisionLog log,
      Clock clock,
      @Value("${lean-success.cycle.use-case-slots:#{null}}") Integer configuredSlots) {
    this.cycles = cycles;
    this.useCases = useCases;
    this.decisions = decisions;
    this.log = log;
    this.clock = clock;
    this.configuredSlots = configuredSlots;
  }

  /**
   * The selected use cases in slot order (as they were before the selection); selecting again for
   * the same cycle changes nothing.
   */
  @Transactional
  public List<UseCase> select(String cycleId) {
    Cycle cycle =
        cycles.find(cycleId).orElseThrow(() -> new IllegalArgumentException("No cycle " + cycleId));
    List<CycleUseCase> already = cycles.useCases(cycleId);
    if (!already.isEmpty()) {
      return useCases.withIds(already.stream().map(CycleUseCase::useCaseId).toList());
    }
    Map<String, UseCase> candidates =
        useCases
            .ofAccount(
                cycle.accountId(), Set.of(UseCaseStatus.SHORTLISTED, UseCaseStatus.ITERATING))
            .stream()
            .collect(Collectors.toMap(UseCase::id, Function.identity()));
    if (candidates.isEmpty()) {
      return List.of();
    }
    Decision decision =
        decisions.evaluate(UseCaseShortlisting.DECISION, facts(candidates.values()));
    List<Selection> selections =
        decision.factsOf(Selection.class).stream()
            .sorted(Comparator.comparingInt(Selection::rank))
            .toList();
    List<String> selected = selections.stream().map(Selection::useCaseId).toList();
    log.record(
        new DecisionLog.Subject(cycle.accountId(), cycleId, "CYCLE", cycleId),
        "SELECTED " + String.join(", ", selected),
        decision);
    // the slots in one statement, the use cases' status in another
    cycles.addUseCases(
        cycleId,
        selections.stream()
            .map(
                selection ->
                    new CycleRepository.Slot(
                        selection.useCaseId(),
                        candidates.get(selection.useCaseId()).status() == UseCaseStatus.ITERATING,
                        selection.rank()))
            .toList());
    useCases.setStatus(selected, UseCaseStatus.SELECTED, clock.instant());
    return selected.stream().map(candidates::get).toList();
  }

  private List<Object> facts(java.util.Collection<UseCase> candidates) {
    List<Object> facts = new ArrayList<>();
    for (UseCase useCase : candidates) {
      facts.add(
          new SelectionCandidate(
              useCase.id(),
              useCase.status() == UseCaseStatus.ITERATING,
              useCase.surveyPriority(),
              useCase.demonstrableValue(),
              useCase.createdAt()));
    }
    if (configuredSlots != null) {
      facts.add(new SlotRequest(configuredSlots));
    }
    return facts;
  }
}
