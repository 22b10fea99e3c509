package io.leansuccess.cycle;

import io.leansuccess.account.AccountRepository;
import io.leansuccess.decision.DecisionLog;
import io.leansuccess.decision.DecisionRecord;
import io.leansuccess.usecase.UseCase;
import io.leansuccess.usecase.UseCaseRepository;
import io.leansuccess.usecase.UseCaseShortlisting;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Reads an account's cycles and puts together what each one shows (see {@link CycleOverview}). */
@Service
public class CycleOverviews {

  /** The subject type under which the decision log keeps decisions about a cycle. */
  public static final String SUBJECT_TYPE = "CYCLE";

  private final CycleRepository cycles;
  private final AccountRepository accounts;
  private final VisionRepository visions;
  private final UseCaseRepository useCases;
  private final DecisionLog decisions;
  private final CycleTasks tasks;

  public CycleOverviews(
      CycleRepository cycles,
      AccountRepository accounts,
      VisionRepository visions,
      UseCaseRepository useCases,
      DecisionLog decisions,
      CycleTasks tasks) {
    this.cycles = cycles;
    this.accounts = accounts;
    this.visions = visions;
    this.useCases = useCases;
    this.decisions = decisions;
    this.tasks = tasks;
  }

  /** The account's running cycle; empty when it has none, a 404 when the account is unknown. */
  public Optional<CycleOverview> current(String accountId) {
    accounts.require(accountId);
    return cycles.findOpen(accountId).map(this::overview);
  }

  /** One of the account's cycles, running or closed. */
  public Optional<CycleOverview> of(String accountId, String cycleId) {
    accounts.require(accountId);
    return cycles
        .find(cycleId)
        .filter(cycle -> cycle.accountId().equals(accountId))
        .map(this::overview);
  }

  /** All the account's cycles, newest first. */
  public List<Cycle> ofAccount(String accountId) {
    accounts.require(accountId);
    return cycles.ofAccount(accountId);
  }

  private CycleOverview overview(Cycle cycle) {
    List<CycleOverview.Member> members =
        cycles.useCases(cycle.id()).stream()
            .map(
                membership -> {
                  UseCase useCase = useCases.find(membership.useCaseId()).orElseThrow();
                  return new CycleOverview.Member(membership, useCase.title(), useCase.status());
                })
            .toList();
    // the selection is evaluated by the shortlisting rules and recorded as one decision about the
    // cycle
    DecisionRecord selection =
        decisions.aboutSubject(SUBJECT_TYPE, cycle.id()).stream()
            .filter(decision -> decision.decisionName().equals(UseCaseShortlisting.DECISION))
            .reduce((earlier, later) -> later)
            .orElse(null);
    Vision vision = visions.find(cycle.accountId(), cycle.quarter().year()).orElse(null);
    return new CycleOverview(cycle, vision, members, selection, tasks.openTasks(cycle));
  }
}
