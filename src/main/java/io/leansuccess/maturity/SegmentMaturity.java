package io.leansuccess.maturity;

/**
 * A segment as the maturity rules see it at the end of a cycle.
 *
 * @param level current maturity level, 1 (Launch) to 5 (Advocacy)
 * @param nps latest net promoter score of the account, null when never surveyed
 * @param missedFloorCycles consecutive cycles, before this one, in which the level's floor was
 *     missed
 */
public record SegmentMaturity(
    String segmentKey,
    int level,
    int activeUsers,
    int licensedUsers,
    int champions,
    Integer nps,
    int missedFloorCycles) {

  /** Active users as a share of licensed users; 0 for a segment without licences. */
  public double activeShare() {
    return licensedUsers == 0 ? 0 : (double) activeUsers / licensedUsers;
  }

  public boolean surveyed() {
    return nps != null;
  }
}
