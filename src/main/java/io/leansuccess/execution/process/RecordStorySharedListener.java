package io.leansuccess.execution.process;

import io.leansuccess.cycle.SuccessCycleProcess;
import io.leansuccess.execution.UseCaseOutcomes;
import io.leansuccess.usecase.StoryShareScope;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * EndEvent_UseCaseAdopted: the success story was shared, which the maturity rules count (social
 * proof), with the scope the customer agreed to (Task_ShareSuccessStory holds it to the form's
 * offered values): the story joins the use-case library.
 */
@Component("recordStoryShared")
public class RecordStorySharedListener implements ExecutionListener {

  private final UseCaseOutcomes outcomes;

  public RecordStorySharedListener(UseCaseOutcomes outcomes) {
    this.outcomes = outcomes;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Object scope = execution.getVariable(SuccessCycleProcess.STORY_SHARE_SCOPE);
    outcomes.successStoryShared(
        (String) execution.getVariable(SuccessCycleProcess.USE_CASE_ID),
        StoryShareScope.valueOf(
            scope == null ? StoryShareScope.INTERNAL.name() : scope.toString()));
  }
}
