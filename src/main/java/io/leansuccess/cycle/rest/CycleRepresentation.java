package io.leansuccess.cycle.rest;

import io.leansuccess.cycle.Cycle;
import io.leansuccess.cycle.CycleOverview;
import io.leansuccess.cycle.CycleStage;
import io.leansuccess.cycle.CycleTask;
import io.leansuccess.cycle.CycleUseCase;
import io.leansuccess.cycle.Quarter;
import io.leansuccess.decision.rest.DecisionRepresentation;
import io.leansuccess.usecase.UseCaseStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** A cycle as the API shows it: where it stands, what it carries, and what is waiting for whom. */
@Schema(name = "Cycle")
public record CycleRepresentation(
    String id,
    String accountId,
    QuarterRepresentation quarter,
    CycleStage stage,
    String processInstanceId,
    Instant startedAt,
    Instant closedAt,
    @Schema(description = "The vision of the cycle's year; null while not set")
        VisionRepresentation vision,
    @Schema(description = "The use cases the cycle carries, in slot order")
        List<CycleUseCaseRepresentation> useCases,
    @Schema(description = "Why these use cases were selected; null before the selection")
        DecisionRepresentation selection,
    @Schema(description = "Open tasks of the cycle and of its use-case executions, oldest first")
        List<TaskRepresentation> tasks) {

  @Schema(name = "Quarter")
  public record QuarterRepresentation(int year, int quarter) {

    static QuarterRepresentation from(Quarter quarter) {
      return new QuarterRepresentation(quarter.year(), quarter.quarter());
    }
  }

  /** A use case of the cycle with the outcome the rules proposed and the one the CSM confirmed. */
  @Schema(name = "CycleUseCase")
  public record CycleUseCaseRepresentation(
      String useCaseId,
      int rank,
      @Schema(description = "Carried over from the previous cycle to iterate") boolean carriedOver,
      String title,
      UseCaseStatus status,
      @Schema(description = "ADOPT, ITERATE or DISCARD, as the rules proposed")
          String proposedOutcome,
      @Schema(description = "As the CSM confirmed it") String outcome,
      @Schema(description = "Why the CSM chose another outcome than the proposed one")
          String overrideReason,
      String decidedBy,
      Instant decidedAt) {

    static CycleUseCaseRepresentation from(CycleOverview.Member member) {
      CycleUseCase membership = member.membership();
      return new CycleUseCaseRepresentation(
          membership.useCaseId(),
          membership.rank(),
          membership.carriedOver(),
          member.title(),
          member.status(),
          membership.proposedOutcome(),
          membership.outcome(),
          membership.overrideReason(),
          membership.decidedBy(),
          membership.decidedAt());
    }
  }

  @Schema(name = "CycleTask")
  public record TaskRepresentation(
      String id,
      String name,
      String taskDefinitionKey,
      String processInstanceId,
      @Schema(description = "Set on the tasks of a use case's execution") String useCaseId,
      Instant createdAt,
      Instant due,
      String assignee,
      List<String> candidateGroups) {

    static TaskRepresentation from(CycleTask task) {
      return new TaskRepresentation(
          task.id(),
          task.name(),
          task.taskDefinitionKey(),
          task.processInstanceId(),
          task.useCaseId(),
          task.createdAt(),
          task.due(),
          task.assignee(),
          task.candidateGroups());
    }
  }

  static CycleRepresentation from(CycleOverview overview) {
    Cycle cycle = overview.cycle();
    return new CycleRepresentation(
        cycle.id(),
        cycle.accountId(),
        QuarterRepresentation.from(cycle.quarter()),
        cycle.stage(),
        cycle.processInstanceId(),
        cycle.startedAt(),
        cycle.closedAt(),
        overview.vision() == null ? null : VisionRepresentation.from(overview.vision()),
        overview.useCases().stream().map(CycleUseCaseRepresentation::from).toList(),
        overview.selection() == null ? null : DecisionRepresentation.summary(overview.selection()),
        overview.tasks().stream().map(TaskRepresentation::from).toList());
  }
}
