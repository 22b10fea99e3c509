package io.leansuccess.crmdata.process;

import io.leansuccess.crmdata.CrmDataProcess;
import io.leansuccess.crmdata.CrmDataRequests;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * {@code ${closeCrmDataRequest}}, on the end of {@code CompleteCrmDataProcess} as a whole: however
 * it ends (the data arrived, the task was done, or an admin cancelled it), the request closes, so a
 * later contract still missing data opens a new one.
 */
@Component("closeCrmDataRequest")
public class CrmDataRequestClosedListener implements ExecutionListener {

  private final CrmDataRequests requests;

  public CrmDataRequestClosedListener(CrmDataRequests requests) {
    this.requests = requests;
  }

  @Override
  public void notify(DelegateExecution execution) {
    requests.closed(
        (String) execution.getVariable(CrmDataProcess.REQUEST_ID),
        (String) execution.getVariable(CrmDataProcess.COMPLETED_BY_CONTRACT));
  }
}
