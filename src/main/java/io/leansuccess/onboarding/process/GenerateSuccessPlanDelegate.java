package io.leansuccess.onboarding.process;

import io.leansuccess.onboarding.OnboardingProcess;
import io.leansuccess.successplan.SuccessPlanService;
import io.leansuccess.successplan.SuccessPlanVersion;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_GenerateSuccessPlan and Task_RefreshSuccessPlan: the plan from what is known now. The
 * diagram says why with the input {@code planReason}; running again stores nothing new.
 */
@Component("generateSuccessPlan")
public class GenerateSuccessPlanDelegate implements JavaDelegate {

  static final String REASON = "planReason";

  private final SuccessPlanService plans;

  public GenerateSuccessPlanDelegate(SuccessPlanService plans) {
    this.plans = plans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object reason = execution.getVariableLocal(REASON);
    plans.generate(
        (String) execution.getVariable(OnboardingProcess.ACCOUNT_ID),
        reason == null
            ? SuccessPlanVersion.Reason.CONTRACT_SIGNED
            : SuccessPlanVersion.Reason.valueOf(reason.toString()));
  }
}
