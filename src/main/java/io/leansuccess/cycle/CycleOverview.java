package io.leansuccess.cycle;

import io.leansuccess.decision.DecisionRecord;
import io.leansuccess.usecase.UseCaseStatus;
import java.util.List;

/**
 * A cycle with what a CSM needs to see of it at once: the year's vision, the use cases it carries,
 * why they were selected, and the open tasks.
 *
 * @param vision null while the year's vision is not set
 * @param selection the decision that selected the use cases; null before the selection
 */
public record CycleOverview(
    Cycle cycle,
    Vision vision,
    List<Member> useCases,
    DecisionRecord selection,
    List<CycleTask> tasks) {

  public CycleOverview {
    useCases = List.copyOf(useCases);
    tasks = List.copyOf(tasks);
  }

  /** A use case the cycle carries, with its title and current status. */
  public record Member(CycleUseCase membership, String title, UseCaseStatus status) {}
}
