package io.leansuccess.onboarding.process;

import io.leansuccess.onboarding.OnboardingProcess;
import io.leansuccess.successplan.SuccessPlanService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_SendSuccessPlan, on complete: the CSM who completes it sent the latest version to the
 * customer.
 */
@Component("recordSuccessPlanSent")
public class RecordSuccessPlanSentListener implements TaskListener {

  private final SuccessPlanService plans;

  public RecordSuccessPlanSentListener(SuccessPlanService plans) {
    this.plans = plans;
  }

  @Override
  public void notify(DelegateTask task) {
    String sentBy = task.getAssignee();
    if (sentBy == null) {
      // completed without a claim, e.g. through the API: whoever completed it
      var authentication =
          task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
      sentBy = authentication == null ? null : authentication.getUserId();
    }
    plans.markLatestSent((String) task.getVariable(OnboardingProcess.ACCOUNT_ID), sentBy);
  }
}
