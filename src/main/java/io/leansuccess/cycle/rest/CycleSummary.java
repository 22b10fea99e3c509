package io.leansuccess.cycle.rest;

import io.leansuccess.cycle.Cycle;
import io.leansuccess.cycle.CycleStage;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** A cycle in a list; {@code GET /accounts/{id}/cycles/{cycleId}} has the rest. */
@Schema(name = "CycleSummary")
public record CycleSummary(
    String id,
    CycleRepresentation.QuarterRepresentation quarter,
    CycleStage stage,
    String processInstanceId,
    Instant startedAt,
    Instant closedAt) {

  static CycleSummary from(Cycle cycle) {
    return new CycleSummary(
        cycle.id(),
        CycleRepresentation.QuarterRepresentation.from(cycle.quarter()),
        cycle.stage(),
        cycle.processInstanceId(),
        cycle.startedAt(),
        cycle.closedAt());
  }
}
