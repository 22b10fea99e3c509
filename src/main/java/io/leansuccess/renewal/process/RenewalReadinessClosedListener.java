package io.leansuccess.renewal.process;

import io.leansuccess.renewal.RenewalReadinessProcess;
import io.leansuccess.renewal.RenewalReadinessService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * {@code ${closeRenewalReadiness}}, on the end of {@code RenewalReadinessProcess} as a whole:
 * prepared when it ends at an end event, cancelled when someone (or a moved renewal) deleted it.
 */
@Component("closeRenewalReadiness")
public class RenewalReadinessClosedListener implements ExecutionListener {

  private final RenewalReadinessService readiness;

  public RenewalReadinessClosedListener(RenewalReadinessService readiness) {
    this.readiness = readiness;
  }

  @Override
  public void notify(DelegateExecution execution) {
    readiness.closed(
        (String) execution.getVariable(RenewalReadinessProcess.READINESS_ID),
        execution.isCanceled());
  }
}
