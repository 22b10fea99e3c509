package io.leansuccess.onboarding.process;

import io.leansuccess.onboarding.OnboardingProcess;
import io.leansuccess.successplan.SuccessPlanService;
import io.leansuccess.successplan.SuccessPlanVersion;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_SendSuccessPlanDirectly: the team trusts the generated plan and sends it without review. We
 * have no mail of our own: "sent" marks the version as released to the customer, for the CRM or a
 * customer portal to deliver from {@code GET /accounts/{id}/success-plan}.
 */
@Component("sendSuccessPlan")
public class SendSuccessPlanDelegate implements JavaDelegate {

  private final SuccessPlanService plans;

  public SendSuccessPlanDelegate(SuccessPlanService plans) {
    this.plans = plans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    plans.markLatestSent(
        (String) execution.getVariable(OnboardingProcess.ACCOUNT_ID),
        SuccessPlanVersion.SENT_AUTOMATICALLY);
  }
}
