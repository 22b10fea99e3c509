package io.leansuccess.simulation;

import io.leansuccess.account.Account;
import io.leansuccess.decision.Decision;
import io.leansuccess.execution.OutcomeProposal;
import io.leansuccess.execution.UseCaseOutcomes;
import io.leansuccess.usecase.UseCaseRepository;
import io.leansuccess.usecase.UseCaseStatus;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Use-case outcomes: what the rules would propose for each use case in execution, from its KPIs
 * now.
 */
@Component
class OutcomeScenarios implements DecisionScenarios {

  private final UseCaseRepository useCases;
  private final UseCaseOutcomes outcomes;

  OutcomeScenarios(UseCaseRepository useCases, UseCaseOutcomes outcomes) {
    this.useCases = useCases;
    this.outcomes = outcomes;
  }

  @Override
  public String decisionName() {
    return UseCaseOutcomes.DECISION;
  }

  @Override
  public String subjects() {
    return "use cases";
  }

  @Override
  public List<Scenario> scenarios(Collection<Account> accounts) {
    return accounts.stream()
        .flatMap(
            account ->
                useCases.ofAccount(account.id(), Set.of(UseCaseStatus.IN_EXECUTION)).stream()
                    .map(
                        useCase ->
                            new Scenario(
                                account.id(),
                                account.name(),
                                useCase.segmentKey(),
                                "USE_CASE",
                                useCase.id(),
                                useCase.title(),
                                outcomes.factsOf(useCase))))
        .toList();
  }

  @Override
  public Verdict verdict(Scenario scenario, Decision decision) {
    return new Verdict(
        decision
            .single(OutcomeProposal.class)
            .map(proposal -> proposal.outcome().name())
            .orElse("NONE"),
        null);
  }
}
