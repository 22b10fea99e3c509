package io.leansuccess.cycle;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** One quarter of the lean success cycle for one account; its times as the database keeps them. */
public record Cycle(
    String id,
    String accountId,
    Quarter quarter,
    CycleStage stage,
    String processInstanceId,
    Instant startedAt,
    Instant closedAt) {

  public Cycle {
    startedAt = startedAt == null ? null : startedAt.truncatedTo(ChronoUnit.MICROS);
    closedAt = closedAt == null ? null : closedAt.truncatedTo(ChronoUnit.MICROS);
  }

  /** The same cycle at another stage. */
  Cycle at(CycleStage newStage) {
    return new Cycle(id, accountId, quarter, newStage, processInstanceId, startedAt, closedAt);
  }

  /** The same cycle run by this process instance. */
  Cycle runBy(String newProcessInstanceId) {
    return new Cycle(id, accountId, quarter, stage, newProcessInstanceId, startedAt, closedAt);
  }

  public boolean open() {
    return stage != CycleStage.CLOSED;
  }
}
