package io.leansuccess.cycle;

import java.time.Instant;

/**
 * A use case a cycle carries: selected for it (or carried over to iterate), with the outcome the
 * rules proposed and the one the CSM confirmed.
 *
 * @param overrideReason why the CSM chose another outcome than the proposed one
 */
public record CycleUseCase(
    String cycleId,
    String useCaseId,
    boolean carriedOver,
    int rank,
    String proposedOutcome,
    String outcome,
    String overrideReason,
    String decidedBy,
    Instant decidedAt) {}
