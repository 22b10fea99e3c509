package io.leansuccess.successplan;

import io.leansuccess.account.Account;
import io.leansuccess.contract.Contract;
import io.leansuccess.crmdata.CrmDataCompleteness;
import io.leansuccess.cycle.Vision;
import io.leansuccess.cycle.VisionRepository;
import io.leansuccess.usecase.UseCaseKind;
import io.leansuccess.usecase.UseCaseRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Drafts a success plan from what is known about the account now: its latest contract's CRM fields,
 * this year's vision, the timeline of similar accounts, the launch and any use cases that were
 * already happening. Drafting stores nothing.
 */
@Component
public class SuccessPlanDrafter {

  private final VisionRepository visions;
  private final UseCaseRepository useCases;
  private final AdoptionTimelines timelines;
  private final LaunchPlans launch;
  private final SuccessPlanProperties settings;
  private final CrmDataCompleteness completeness;
  private final Clock clock;

  public SuccessPlanDrafter(
      VisionRepository visions,
      UseCaseRepository useCases,
      AdoptionTimelines timelines,
      LaunchPlans launch,
      SuccessPlanProperties settings,
      CrmDataCompleteness completeness,
      Clock clock) {
    this.visions = visions;
    this.useCases = useCases;
    this.timelines = timelines;
    this.launch = launch;
    this.settings = settings;
    this.completeness = completeness;
    this.clock = clock;
  }

  public SuccessPlanDocument draft(Account account, Contract contract) {
    return new SuccessPlanDocument(
        account.id(),
        account.name(),
        account.industry(),
        settings.bandOf(account.arrAtSigning()).getName(),
        contract.id(),
        contract.signedOn(),
        contract.liveSince(),
        account.arrNow(),
        account.renewalDate(),
        contract.purchase(),
        account.segments(),
        contract.customerContacts(),
        contract.vendorContacts(),
        contract.goals(),
        contract.partners(),
        contract.businessChallenges(),
        vision(account.id(), contract),
        timelines.expect(
            account.id(), account.industry(), account.arrAtSigning(), contract.signedOn()),
        launch.launch(),
        preExistingUseCases(account.id()),
        completeness.missing(contract).stream().map(Enum::name).toList());
  }

  private SuccessPlanDocument.VisionToAgree vision(String accountId, Contract contract) {
    // agreed in the first cycle: this year, or the signing year for a contract dated ahead
    int year = Math.max(LocalDate.now(clock).getYear(), contract.signedOn().getYear());
    return visions
        .find(accountId, year)
        .map(
            agreed ->
                new SuccessPlanDocument.VisionToAgree(
                    SuccessPlanDocument.VisionStatus.AGREED,
                    year,
                    agreed.statement(),
                    agreed.objectives()))
        .orElseGet(
            () ->
                new SuccessPlanDocument.VisionToAgree(
                    SuccessPlanDocument.VisionStatus.TO_BE_AGREED,
                    year,
                    null,
                    contract.goals().stream()
                        .map(goal -> new Vision.Objective(goal, null))
                        .toList()));
  }

  private List<SuccessPlanDocument.PreExistingUseCase> preExistingUseCases(String accountId) {
    return useCases.ofAccount(accountId).stream()
        .filter(useCase -> useCase.kind() == UseCaseKind.PRE_EXISTING)
        .map(
            useCase ->
                new SuccessPlanDocument.PreExistingUseCase(
                    useCase.id(), useCase.title(), useCase.segmentKey(), useCase.status().name()))
        .toList();
  }
}
