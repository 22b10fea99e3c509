package io.leansuccess.execution.process;

import io.leansuccess.cycle.SuccessCycleProcess;
import io.leansuccess.execution.ProposedOutcome;
import io.leansuccess.execution.UseCaseOutcomes;
import io.leansuccess.usecase.StoryShareScope;
import io.leansuccess.usecase.UseCase;
import io.leansuccess.usecase.UseCaseRepository;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * When an instance of SubProcess_ReviseUseCases starts: the use case and the outcome the rules
 * proposed for it (the stored decision) become variables local to that instance, and so do the
 * answers its tasks ask for, empty. Camunda sets a completed task's variables on the nearest scope
 * that already holds them, else on the process instance; declared here, each use case's {@code
 * outcome}, {@code overrideReason}, {@code outcomeDecidedBy} and {@code storyLink} (and {@code
 * storyShareScope}, INTERNAL until the CSM chooses) stay with its own instance, so confirmations in
 * parallel never overwrite each other.
 */
@Component("outcomeBriefing")
public class OutcomeBriefingListener implements ExecutionListener {

  private final UseCaseOutcomes outcomes;
  private final UseCaseRepository useCases;

  public OutcomeBriefingListener(UseCaseOutcomes outcomes, UseCaseRepository useCases) {
    this.outcomes = outcomes;
    this.useCases = useCases;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String cycleId = (String) execution.getVariable(SuccessCycleProcess.CYCLE_ID);
    String useCaseId = (String) execution.getVariable(SuccessCycleProcess.USE_CASE_ID);
    Optional<UseCase> useCase = useCases.find(useCaseId);
    ProposedOutcome proposal =
        useCase
            .flatMap(found -> outcomes.proposal(cycleId, found))
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "No outcome was proposed for use case "
                            + useCaseId
                            + " in cycle "
                            + cycleId));
    Map<String, Object> local = new HashMap<>();
    local.put(UseCaseBriefingListener.TITLE, useCase.get().title());
    local.put(UseCaseBriefingListener.BRIEF, UseCaseBriefingListener.brief(useCase.get()));
    local.put(SuccessCycleProcess.PROPOSED_OUTCOME, proposal.outcome().name());
    local.put(SuccessCycleProcess.PROPOSAL_RULES, proposal.explanation());
    local.put(SuccessCycleProcess.PROPOSAL_DECISION_ID, proposal.decisionId());
    local.put(SuccessCycleProcess.OUTCOME, proposal.outcome().name());
    local.put(SuccessCycleProcess.OVERRIDE_REASON, null);
    local.put(SuccessCycleProcess.OUTCOME_DECIDED_BY, null);
    local.put(SuccessCycleProcess.STORY_LINK, null);
    local.put(SuccessCycleProcess.STORY_SUMMARY, null);
    local.put(SuccessCycleProcess.STORY_SHARE_SCOPE, StoryShareScope.INTERNAL.name());
    execution.setVariablesLocal(local);
  }
}
