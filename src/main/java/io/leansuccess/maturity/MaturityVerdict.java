package io.leansuccess.maturity;

/**
 * The maturity rules' verdict for one segment: the move, the level after it, the miss count to
 * keep.
 */
public record MaturityVerdict(
    String segmentKey, MaturityMove move, int level, int missedFloorCycles) {

  public static MaturityVerdict promote(SegmentMaturity segment) {
    return new MaturityVerdict(segment.segmentKey(), MaturityMove.PROMOTE, segment.level() + 1, 0);
  }

  public static MaturityVerdict hold(SegmentMaturity segment) {
    return new MaturityVerdict(segment.segmentKey(), MaturityMove.HOLD, segment.level(), 0);
  }

  public static MaturityVerdict floorMissed(SegmentMaturity segment) {
    return new MaturityVerdict(
        segment.segmentKey(),
        MaturityMove.FLOOR_MISSED,
        segment.level(),
        segment.missedFloorCycles() + 1);
  }

  public static MaturityVerdict demote(SegmentMaturity segment) {
    return new MaturityVerdict(segment.segmentKey(), MaturityMove.DEMOTE, segment.level() - 1, 0);
  }

  public boolean changesLevel() {
    return move == MaturityMove.PROMOTE || move == MaturityMove.DEMOTE;
  }
}
