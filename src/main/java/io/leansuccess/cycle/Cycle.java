package io.leansuccess.cycle;

import java.time.Instant;

/** One quarter of the lean success cycle for one account. */
public record Cycle(
    String id,
    String accountId,
    Quarter quarter,
    CycleStage stage,
    String processInstanceId,
    Instant startedAt,
    Instant closedAt) {

  public boolean open() {
    return stage != CycleStage.CLOSED;
  }
}
