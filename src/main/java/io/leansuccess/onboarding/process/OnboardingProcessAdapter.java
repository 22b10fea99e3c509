package io.leansuccess.onboarding.process;

import io.leansuccess.account.Account;
import io.leansuccess.account.AccountRepository;
import io.leansuccess.onboarding.OnboardingProcess;
import io.leansuccess.onboarding.OnboardingProcesses;
import io.leansuccess.onboarding.OnboardingRepository;
import io.leansuccess.shared.process.ProductCalls;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Starts {@code OnboardingProcess} with the account id as business key, as a product call: no user
 * or integration holds the grant to start it without a contract.
 */
@Component
class OnboardingProcessAdapter implements OnboardingProcesses {

  private final RuntimeService runtime;
  private final AccountRepository accounts;
  private final ProductCalls productCalls;

  OnboardingProcessAdapter(
      RuntimeService runtime, AccountRepository accounts, ProductCalls productCalls) {
    this.runtime = runtime;
    this.accounts = accounts;
    this.productCalls = productCalls;
  }

  @Override
  public String start(OnboardingRepository.Onboarding onboarding) {
    return productCalls.run(
        () ->
            runtime
                .startProcessInstanceByKey(
                    OnboardingProcess.KEY,
                    onboarding.accountId(),
                    Map.of(
                        OnboardingProcess.ACCOUNT_ID, onboarding.accountId(),
                        OnboardingProcess.ACCOUNT_NAME,
                            accounts.find(onboarding.accountId()).map(Account::name).orElse(""),
                        OnboardingProcess.CONTRACT_ID, onboarding.contractId(),
                        OnboardingProcess.TAKE_STOCK, onboarding.takeStock()))
                .getProcessInstanceId());
  }
}
