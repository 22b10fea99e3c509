package io.leansuccess.reonboarding;

import io.leansuccess.signal.SignalsReceived;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Signals set continuous onboarding off in the transaction that stores them: a re-onboarding opens
 * exactly when its signal is really stored, and a retried delivery (a repeat) opens nothing.
 */
@Component
class ReOnboardingTriggers {

  private final ContinuousOnboarding onboarding;

  ReOnboardingTriggers(ContinuousOnboarding onboarding) {
    this.onboarding = onboarding;
  }

  @EventListener
  void on(SignalsReceived received) {
    onboarding.signalsStored(received.signals());
  }
}
