package io.leansuccess.maturity;

import java.time.Instant;

/** A segment's move from one level to the next or back, and the decision that made it. */
public record MaturityTransition(
    String id,
    String accountId,
    String segmentKey,
    int fromLevel,
    int toLevel,
    String cycleId,
    String decisionId,
    Instant transitionedAt) {}
