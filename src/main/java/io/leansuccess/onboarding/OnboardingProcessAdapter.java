package io.leansuccess.onboarding;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** Starts {@code OnboardingProcess} with the account id as business key. */
@Component
class OnboardingProcessAdapter implements OnboardingProcesses {

  private final RuntimeService runtime;

  OnboardingProcessAdapter(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @Override
  public String start(OnboardingRepository.Onboarding onboarding) {
    return runtime.startProcessInstanceByKey(OnboardingProcess.KEY, onboarding.accountId(), Map.of(
            OnboardingProcess.ACCOUNT_ID, onboarding.accountId(),
            OnboardingProcess.CONTRACT_ID, onboarding.contractId(),
            OnboardingProcess.TAKE_STOCK, onboarding.takeStock()))
        .getProcessInstanceId();
  }
}
