package io.leansuccess.maturity;

import io.leansuccess.decision.DecisionRecord;
import java.util.List;

/**
 * Where a segment stands and how it got there.
 *
 * @param missedFloorCycles consecutive cycles in which the level's floor was missed; at the rules'
 *     limit the next miss demotes
 * @param history moves oldest first, each with the stored decision that explains it
 */
public record SegmentStanding(
    String segmentKey,
    String segmentName,
    MaturityLevel level,
    int missedFloorCycles,
    List<ExplainedTransition> history) {

  public SegmentStanding {
    history = List.copyOf(history);
  }

  public record ExplainedTransition(MaturityTransition transition, DecisionRecord decision) {}
}
