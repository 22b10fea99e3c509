package io.leansuccess.reonboarding;

import java.time.Instant;
import java.util.List;

/** A timed re-onboarding of one segment, run by {@code ReOnboardingProcess}. */
public record ReOnboarding(
    String id,
    String accountId,
    String segmentKey,
    List<ReOnboardingTrigger> triggers,
    String decisionId,
    String processInstanceId,
    Instant openedAt,
    Instant closedAt) {

  public ReOnboarding {
    triggers = List.copyOf(triggers);
  }

  public boolean isOpen() {
    return closedAt == null;
  }
}
