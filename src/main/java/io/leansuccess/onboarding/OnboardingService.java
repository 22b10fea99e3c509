package io.leansuccess.onboarding;

import io.leansuccess.contract.Contract;
import io.leansuccess.contract.ContractReceiver;
import io.leansuccess.contract.ContractService;
import io.leansuccess.crmdata.CrmDataRequests;
import io.leansuccess.reonboarding.ContinuousOnboarding;
import io.leansuccess.successplan.SuccessPlanService;
import io.leansuccess.successplan.SuccessPlanVersion;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a signed contract sets going. The first contract of an account starts its onboarding (one
 * per account, ever), which generates the success plan at once; a later contract or an amendment
 * updates the account and regenerates the plan. Either way a CRM record missing the customer's
 * goals, stakeholder interests or challenges opens a request to complete it (or ends the open one
 * when the data arrived). The same contract again does nothing at all.
 */
@Service
public class OnboardingService implements ContractReceiver {

  /** A contract as recorded, and what receiving it did. */
  private final ContractService contracts;

  private final OnboardingRepository onboardings;
  private final OnboardingProcesses processes;
  private final SuccessPlanService plans;
  private final CrmDataRequests crmData;
  private final ContinuousOnboarding continuousOnboarding;
  private final OnboardingProperties settings;
  private final Clock clock;
  private final TransactionTemplate transaction;

  public OnboardingService(
      ContractService contracts,
      OnboardingRepository onboardings,
      OnboardingProcesses processes,
      SuccessPlanService plans,
      CrmDataRequests crmData,
      ContinuousOnboarding continuousOnboarding,
      OnboardingProperties settings,
      Clock clock,
      PlatformTransactionManager transactionManager) {
    this.contracts = contracts;
    this.onboardings = onboardings;
    this.processes = processes;
    this.plans = plans;
    this.crmData = crmData;
    this.continuousOnboarding = continuousOnboarding;
    this.settings = settings;
    this.clock = clock;
    this.transaction = new TransactionTemplate(transactionManager);
  }

  public Optional<OnboardingRepository.Onboarding> onboardingOf(String accountId) {
    return onboardings.find(accountId);
  }

  /** Records the contract and onboards the account or refreshes its plan; one transaction. */
  @Override
  public ContractService.Recorded receive(Contract contract) {
    return receive(contract, ContractService.Owners.KEEP);
  }

  /** The contract, with the team and CSM the CRM names for its account. */
  @Override
  public ContractService.Recorded receive(Contract contract, ContractService.Owners owners) {
    return retriedOnce(() -> transaction.execute(status -> receiveOnce(contract, owners)));
  }

  private ContractService.Recorded receiveOnce(Contract contract, ContractService.Owners owners) {
    ContractService.Recorded recorded = contracts.record(contract, owners);
    if (recorded.outcome() != ContractService.Outcome.UNCHANGED) {
      if (onboardings.find(contract.accountId()).isEmpty()) {
        onboard(contract);
      } else {
        plans.generate(
            contract.accountId(),
            recorded.outcome() == ContractService.Outcome.AMENDED
                ? SuccessPlanVersion.Reason.CONTRACT_AMENDED
                : SuccessPlanVersion.Reason.CONTRACT_RENEWED);
        // more licences or ARR than the segments were trained for: re-onboard them
        continuousOnboarding.accountUpdated(contract.accountId());
      }
      // the account's latest contract says what its CRM record holds now
      contracts.latestOf(contract.accountId()).ifPresent(crmData::contractRecorded);
    }
    return recorded;
  }

  private void onboard(Contract contract) {
    boolean takeStock = settings.takesStock(contract.liveSince(), LocalDate.now(clock));
    var onboarding =
        new OnboardingRepository.Onboarding(contract.accountId(), contract.id(), takeStock, null);
    onboardings.insert(onboarding, clock.instant());
    onboardings.setProcessInstance(contract.accountId(), processes.start(onboarding));
  }

  /**
   * Once more if a concurrent request stored the same account, contract or onboarding between our
   * read and our insert: the second run sees those rows and decides again. Not only on a duplicate
   * key: when the clash happens inside AccountService's own retry, PostgreSQL has aborted the
   * transaction by then and the error that surfaces is another data access error. Receiving is
   * idempotent, so running it once more is safe; a database that is really failing fails again.
   */
  private static ContractService.Recorded retriedOnce(Supplier<ContractService.Recorded> receive) {
    try {
      return receive.get();
    } catch (DataAccessException concurrentReceipt) {
      return receive.get();
    }
  }
}
