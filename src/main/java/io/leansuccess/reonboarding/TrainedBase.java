package io.leansuccess.reonboarding;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What a segment looked like when its last onboarding or re-onboarding completed: the base later
 * readings are set against.
 *
 * @param users the users trained: the segment's active users then, or its licensed users when none
 *     were counted yet
 */
public record TrainedBase(
    String accountId,
    String segmentKey,
    int users,
    int licences,
    BigDecimal arr,
    Instant trainedAt) {}
