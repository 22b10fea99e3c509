package io.leansuccess.onboarding.process;

import io.leansuccess.account.Account;
import io.leansuccess.account.AccountRepository;
import io.leansuccess.onboarding.OnboardingProcess;
import io.leansuccess.onboarding.OnboardingProcesses;
import io.leansuccess.onboarding.OnboardingRepository;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** Starts {@code OnboardingProcess} with the account id as business key. */
@Component
class OnboardingProcessAdapter implements OnboardingProcesses {

  private final RuntimeService runtime;
  private final AccountRepository accounts;

  OnboardingProcessAdapter(RuntimeService runtime, AccountRepository accounts) {
    this.runtime = runtime;
    this.accounts = accounts;
  }

  @Override
  public String start(OnboardingRepository.Onboarding onboarding) {
    return runtime.startProcessInstanceByKey(OnboardingProcess.KEY, onboarding.accountId(), Map.of(
            OnboardingProcess.ACCOUNT_ID, onboarding.accountId(),
            OnboardingProcess.ACCOUNT_NAME, accounts.find(onboarding.accountId()).map(Account::name).orElse(""),
            OnboardingProcess.CONTRACT_ID, onboarding.contractId(),
            OnboardingProcess.TAKE_STOCK, onboarding.takeStock()))
        .getProcessInstanceId();
  }
}
