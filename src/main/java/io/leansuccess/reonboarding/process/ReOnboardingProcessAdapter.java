package io.leansuccess.reonboarding.process;

import io.leansuccess.account.Account;
import io.leansuccess.account.AccountRepository;
import io.leansuccess.reonboarding.ReOnboarding;
import io.leansuccess.reonboarding.ReOnboardingProcess;
import io.leansuccess.reonboarding.ReOnboardingProcesses;
import io.leansuccess.shared.process.ProductCalls;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * {@code ReOnboardingProcess} through Camunda's services, the account id as business key. An
 * integration's signal or the CRM's contract sets it off, so it runs as a product call: no one
 * holds a grant to start it in the engine.
 */
@Component
class ReOnboardingProcessAdapter implements ReOnboardingProcesses {

  private final RuntimeService runtime;
  private final AccountRepository accounts;
  private final ProductCalls productCalls;

  ReOnboardingProcessAdapter(
      RuntimeService runtime, AccountRepository accounts, ProductCalls productCalls) {
    this.runtime = runtime;
    this.accounts = accounts;
    this.productCalls = productCalls;
  }

  @Override
  public String start(ReOnboarding reOnboarding, String segmentName, List<String> reasons) {
    return productCalls.run(
        () ->
            runtime
                .createMessageCorrelation(ReOnboardingProcess.MESSAGE_SEGMENT_NEEDS_RE_ONBOARDING)
                .processInstanceBusinessKey(reOnboarding.accountId())
                .setVariables(
                    Variables.createVariables()
                        .putValue(ReOnboardingProcess.ACCOUNT_ID, reOnboarding.accountId())
                        .putValue(
                            ReOnboardingProcess.ACCOUNT_NAME,
                            accounts.find(reOnboarding.accountId()).map(Account::name).orElse(""))
                        .putValue(ReOnboardingProcess.RE_ONBOARDING_ID, reOnboarding.id())
                        .putValue(ReOnboardingProcess.SEGMENT_KEY, reOnboarding.segmentKey())
                        .putValue(ReOnboardingProcess.SEGMENT_NAME, segmentName)
                        // one line each, as Tasklist shows a text variable
                        .putValue(ReOnboardingProcess.REASONS, String.join("\n", reasons)))
                .correlateStartMessage()
                .getId());
  }
}
