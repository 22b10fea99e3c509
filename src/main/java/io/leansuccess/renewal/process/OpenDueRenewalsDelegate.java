package io.leansuccess.renewal.process;

import io.leansuccess.decision.EvaluatesDecision;
import io.leansuccess.renewal.RenewalProperties;
import io.leansuccess.renewal.RenewalReadinessProcess;
import io.leansuccess.renewal.RenewalReadinessService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_OpenDueRenewals}: the daily run's next chunk of accounts after {@code
 * afterAccountId}, in the job's own transaction (the task is asynchronous), so a failing chunk is
 * retried alone.
 */
@Component("openDueRenewals")
public class OpenDueRenewalsDelegate implements JavaDelegate, EvaluatesDecision {

  private final RenewalReadinessService readiness;
  private final RenewalProperties settings;

  public OpenDueRenewalsDelegate(RenewalReadinessService readiness, RenewalProperties settings) {
    this.readiness = readiness;
    this.settings = settings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object size = execution.getVariable(RenewalReadinessProcess.CHUNK_SIZE);
    var chunk =
        readiness.openDueAfter(
            (String) execution.getVariable(RenewalReadinessProcess.AFTER_ACCOUNT_ID),
            size == null ? settings.getChunkSize() : ((Number) size).intValue());
    Object before = execution.getVariable(RenewalReadinessProcess.OPENED);
    execution.setVariable(
        RenewalReadinessProcess.OPENED,
        (before == null ? 0 : ((Number) before).longValue()) + chunk.opened());
    if (chunk.lastAccountId() != null) {
      execution.setVariable(RenewalReadinessProcess.AFTER_ACCOUNT_ID, chunk.lastAccountId());
    }
    execution.setVariable(RenewalReadinessProcess.MORE_ACCOUNTS, chunk.more());
  }

  @Override
  public String decisionName() {
    return RenewalReadinessService.DECISION;
  }
}
