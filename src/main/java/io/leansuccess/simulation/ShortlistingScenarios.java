package io.leansuccess.simulation;

import io.leansuccess.account.Account;
import io.leansuccess.decision.Decision;
import io.leansuccess.maturity.MaturityRepository;
import io.leansuccess.usecase.CriteriaAssessment;
import io.leansuccess.usecase.UseCase;
import io.leansuccess.usecase.UseCaseRepository;
import io.leansuccess.usecase.UseCaseShortlisting;
import io.leansuccess.usecase.UseCaseStatus;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Shortlisting: the use cases waiting in the pipeline and those on or off the shortlist now, judged
 * again as the next shortlisting would judge them.
 */
@Component
class ShortlistingScenarios implements DecisionScenarios {

  private static final Set<UseCaseStatus> JUDGED =
      Set.of(UseCaseStatus.PIPELINE, UseCaseStatus.SHORTLISTED, UseCaseStatus.NOT_SHORTLISTED);

  private final UseCaseRepository useCases;
  private final MaturityRepository maturity;

  ShortlistingScenarios(UseCaseRepository useCases, MaturityRepository maturity) {
    this.useCases = useCases;
    this.maturity = maturity;
  }

  @Override
  public String decisionName() {
    return UseCaseShortlisting.DECISION;
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
                useCases.ofAccount(account.id(), JUDGED).stream()
                    .map(useCase -> scenario(account, useCase)))
        .toList();
  }

  private Scenario scenario(Account account, UseCase useCase) {
    int level = maturity.levelOf(account.id(), useCase.segmentKey());
    return new Scenario(
        account.id(),
        account.name(),
        useCase.segmentKey(),
        "USE_CASE",
        useCase.id(),
        useCase.title(),
        List.of(useCase.toShortlistCandidate(level)));
  }

  @Override
  public Verdict verdict(Scenario scenario, Decision decision) {
    return new Verdict(
        decision
            .single(CriteriaAssessment.class)
            .map(assessment -> assessment.verdict().name())
            .orElse("NONE"),
        null);
  }
}
