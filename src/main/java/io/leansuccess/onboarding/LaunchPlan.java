package io.leansuccess.onboarding;

import io.leansuccess.successplan.LaunchPlans;
import io.leansuccess.successplan.SuccessPlanDocument;
import io.leansuccess.timing.ProcessTiming;
import java.util.Arrays;
import org.springframework.stereotype.Component;

/**
 * The launch as the onboarding process will run it, with the same timings, for the success plan to
 * show.
 */
@Component
class LaunchPlan implements LaunchPlans {

  private final ProcessTiming timing;
  private final OnboardingProperties settings;

  LaunchPlan(ProcessTiming timing, OnboardingProperties settings) {
    this.timing = timing;
    this.settings = settings;
  }

  @Override
  public SuccessPlanDocument.Launch launch() {
    return new SuccessPlanDocument.Launch(
        settings.getLaunchPeriod(),
        Arrays.stream(LaunchArea.values())
            .map(
                area ->
                    new SuccessPlanDocument.LaunchStep(
                        area.title(), area.purpose(), timing.allowed(area.taskKey())))
            .toList());
  }
}
