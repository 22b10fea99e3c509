package io.leansuccess.successplan;

/**
 * The launch as the onboarding runs it, for the plan to show; the onboarding feature provides it.
 */
public interface LaunchPlans {

  SuccessPlanDocument.Launch launch();
}
