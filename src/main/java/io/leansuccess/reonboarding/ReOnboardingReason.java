package io.leansuccess.reonboarding;

import java.util.Objects;

/**
 * Why the rules want a segment re-onboarded, in a sentence with the threshold and the values
 * ("Licensed users up 10% or more since the segment was trained (100 to 110)").
 */
public record ReOnboardingReason(ReOnboardingTrigger trigger, String description) {

  public ReOnboardingReason {
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(description, "description");
  }

  public static ReOnboardingReason of(ReOnboardingTrigger trigger, String description) {
    return new ReOnboardingReason(trigger, description);
  }

  /** 0.2 as "20%", for descriptions written by the rules. */
  public static String percent(double share) {
    double percent = share * 100;
    return (percent == Math.rint(percent)
            ? String.valueOf((long) percent)
            : String.format(java.util.Locale.ROOT, "%.1f", percent))
        + "%";
  }
}
