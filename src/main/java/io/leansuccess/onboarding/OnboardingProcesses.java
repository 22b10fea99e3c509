package io.leansuccess.onboarding;

/** Starts the BPMN process that onboards an account; the engine stays behind this port. */
public interface OnboardingProcesses {

  /**
   * @return the process instance id
   */
  String start(OnboardingRepository.Onboarding onboarding);
}
