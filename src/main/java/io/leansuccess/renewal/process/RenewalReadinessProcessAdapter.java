package io.leansuccess.renewal.process;

import io.leansuccess.renewal.RenewalReadinessProcess;
import io.leansuccess.renewal.RenewalReadinessProcesses;
import io.leansuccess.shared.process.ProductCalls;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Starts, moves and cancels {@code RenewalReadinessProcess} (business key: the account id) as
 * product calls: no user or integration holds the grant to start or delete it themselves.
 */
@Component
class RenewalReadinessProcessAdapter implements RenewalReadinessProcesses {

  private final RuntimeService runtime;
  private final ProductCalls productCalls;

  RenewalReadinessProcessAdapter(RuntimeService runtime, ProductCalls productCalls) {
    this.runtime = runtime;
    this.productCalls = productCalls;
  }

  @Override
  public String start(
      String readinessId, String accountId, String accountName, LocalDate renewalDate) {
    return productCalls.run(
        () ->
            runtime
                .startProcessInstanceByKey(
                    RenewalReadinessProcess.KEY,
                    accountId,
                    Map.of(
                        RenewalReadinessProcess.READINESS_ID, readinessId,
                        RenewalReadinessProcess.ACCOUNT_ID, accountId,
                        RenewalReadinessProcess.ACCOUNT_NAME, accountName,
                        RenewalReadinessProcess.RENEWAL_DATE, renewalDate.toString()))
                .getProcessInstanceId());
  }

  @Override
  public void renewalMoved(String processInstanceId, LocalDate renewalDate) {
    productCalls.run(
        () -> {
          runtime.setVariable(
              processInstanceId, RenewalReadinessProcess.RENEWAL_DATE, renewalDate.toString());
          return null;
        });
  }

  @Override
  public void cancel(String processInstanceId, String reason) {
    productCalls.run(
        () -> {
          runtime.deleteProcessInstanceIfExists(
              processInstanceId, reason, false, true, false, false);
          return null;
        });
  }
}
