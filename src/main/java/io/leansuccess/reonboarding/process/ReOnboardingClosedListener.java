package io.leansuccess.reonboarding.process;

import io.leansuccess.reonboarding.ContinuousOnboarding;
import io.leansuccess.reonboarding.ReOnboardingProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * {@code ${closeReOnboarding}}, on the end of {@code ReOnboardingProcess} as a whole: however it
 * ends (done, or cancelled by an admin), the re-onboarding closes, so the segment can get a new
 * one.
 */
@Component("closeReOnboarding")
public class ReOnboardingClosedListener implements ExecutionListener {

  private final ContinuousOnboarding onboarding;

  public ReOnboardingClosedListener(ContinuousOnboarding onboarding) {
    this.onboarding = onboarding;
  }

  @Override
  public void notify(DelegateExecution execution) {
    onboarding.closed((String) execution.getVariable(ReOnboardingProcess.RE_ONBOARDING_ID));
  }
}
