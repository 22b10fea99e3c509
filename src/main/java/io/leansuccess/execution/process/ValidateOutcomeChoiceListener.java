package io.leansuccess.execution.process;

import io.leansuccess.cycle.SuccessCycleProcess;
import io.leansuccess.execution.UseCaseOutcomes;
import io.leansuccess.usecase.Outcome;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completing Task_ConfirmOutcome: an override without a reason is refused there and then, so the
 * task stays open in Tasklist with the message, instead of failing later as an incident.
 */
@Component("validateOutcomeChoice")
public class ValidateOutcomeChoiceListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Outcome proposed =
        Outcome.valueOf((String) task.getVariable(SuccessCycleProcess.PROPOSED_OUTCOME));
    Object chosen = task.getVariable(SuccessCycleProcess.OUTCOME);
    Outcome outcome =
        UseCaseOutcomes.checkChoice(
            proposed,
            chosen == null ? null : parse(chosen.toString()),
            (String) task.getVariable(SuccessCycleProcess.OVERRIDE_REASON));
    task.getExecution().setVariable(SuccessCycleProcess.OUTCOME, outcome.name());
    String user =
        task.getProcessEngineServices().getIdentityService().getCurrentAuthentication() == null
            ? task.getAssignee()
            : task.getProcessEngineServices()
                .getIdentityService()
                .getCurrentAuthentication()
                .getUserId();
    task.getExecution().setVariable(SuccessCycleProcess.OUTCOME_DECIDED_BY, user);
  }

  private static Outcome parse(String chosen) {
    try {
      return Outcome.valueOf(chosen.trim().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw new IllegalArgumentException(
          "outcome must be ADOPT, ITERATE or DISCARD, not '" + chosen + "'", unknown);
    }
  }
}
