package io.leansuccess.getwell.process;

import io.leansuccess.getwell.GetWellPlanProcess;
import io.leansuccess.getwell.GetWellPlanService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * {@code ${closeGetWellPlan}}, on the end of {@code GetWellPlanProcess} as a whole: whichever way
 * the process ends (the account recovered, or someone cancelled the instance in Cockpit), the plan
 * closes with it, so the account can get a new one.
 */
@Component("closeGetWellPlan")
public class GetWellPlanClosedListener implements ExecutionListener {

  private final GetWellPlanService plans;

  public GetWellPlanClosedListener(GetWellPlanService plans) {
    this.plans = plans;
  }

  @Override
  public void notify(DelegateExecution execution) {
    plans.closed(
        (String) execution.getVariable(GetWellPlanProcess.PLAN_ID),
        (String) execution.getVariable(GetWellPlanProcess.RECOVERY_EVALUATION_ID));
  }
}
