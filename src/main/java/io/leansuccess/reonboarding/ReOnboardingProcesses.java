package io.leansuccess.reonboarding;

import java.util.List;

/** Runs re-onboardings as {@code ReOnboardingProcess}; the engine stays behind this port. */
public interface ReOnboardingProcesses {

  /**
   * Starts the re-onboarding's process (message {@code SegmentNeedsReOnboarding}).
   *
   * @param reasons why, in the words of the rules
   * @return the process instance id
   */
  String start(ReOnboarding reOnboarding, String segmentName, List<String> reasons);
}
