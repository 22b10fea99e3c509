package io.leansuccess.execution.process;

import io.leansuccess.decision.EvaluatesDecision;
import io.leansuccess.execution.ProposedOutcome;
import io.leansuccess.execution.UseCaseExecutionProcess;
import io.leansuccess.execution.UseCaseOutcomes;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_EvaluateOutcome: the outcome rules propose, and the proposal is stored with the decision
 * behind it; the cycle's Revise briefs the CSM from there ({@link OutcomeBriefingListener}). The
 * variables show the proposal in Cockpit's history of the execution.
 */
@Component("evaluateUseCaseOutcome")
public class EvaluateUseCaseOutcomeDelegate implements JavaDelegate, EvaluatesDecision {

  private final UseCaseOutcomes outcomes;

  public EvaluateUseCaseOutcomeDelegate(UseCaseOutcomes outcomes) {
    this.outcomes = outcomes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ProposedOutcome proposal =
        outcomes.propose(
            (String) execution.getVariable(UseCaseExecutionProcess.CYCLE_ID),
            (String) execution.getVariable(UseCaseExecutionProcess.USE_CASE_ID));
    execution.setVariable(UseCaseExecutionProcess.PROPOSED_OUTCOME, proposal.outcome().name());
    execution.setVariable(UseCaseExecutionProcess.PROPOSAL_RULES, proposal.explanation());
    execution.setVariable(UseCaseExecutionProcess.PROPOSAL_DECISION_ID, proposal.decisionId());
  }

  @Override
  public String decisionName() {
    return UseCaseOutcomes.DECISION;
  }
}
