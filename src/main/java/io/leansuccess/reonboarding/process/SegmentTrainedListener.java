package io.leansuccess.reonboarding.process;

import io.leansuccess.reonboarding.ContinuousOnboarding;
import io.leansuccess.reonboarding.ReOnboardingProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * {@code ${segmentTrained}}, on {@code EndEvent_SegmentReOnboarded}: the new users were trained, so
 * the segment's users now are the base later readings are set against. Recording it again (a job
 * run twice) records the same.
 */
@Component("segmentTrained")
public class SegmentTrainedListener implements ExecutionListener {

  private final ContinuousOnboarding onboarding;

  public SegmentTrainedListener(ContinuousOnboarding onboarding) {
    this.onboarding = onboarding;
  }

  @Override
  public void notify(DelegateExecution execution) {
    onboarding.trained(
        (String) execution.getVariable(ReOnboardingProcess.ACCOUNT_ID),
        (String) execution.getVariable(ReOnboardingProcess.SEGMENT_KEY));
  }
}
