package io.leansuccess.maturity;

/**
 * What applying the maturity rules did to one segment in one cycle.
 *
 * @param decisionId the stored decision ({@code ls_decision}) that explains it
 * @param repeated the cycle's transitions had already been applied to this segment: this is what
 *     the first run decided, and nothing changed now
 */
public record MaturityOutcome(
    String segmentKey,
    MaturityMove move,
    int fromLevel,
    int toLevel,
    int missedFloorCycles,
    String decisionId,
    boolean repeated) {}
