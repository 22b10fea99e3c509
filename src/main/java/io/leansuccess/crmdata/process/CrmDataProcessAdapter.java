package io.leansuccess.crmdata.process;

import io.leansuccess.account.Account;
import io.leansuccess.account.AccountRepository;
import io.leansuccess.crmdata.CrmDataProcess;
import io.leansuccess.crmdata.CrmDataProcesses;
import io.leansuccess.crmdata.CrmDataRequest;
import io.leansuccess.shared.process.ProductCalls;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * {@code CompleteCrmDataProcess} through Camunda's services, the account id as business key. The
 * CRM's own call sets it off, so it runs as a product call: no integration holds a grant to start
 * or end it in the engine.
 */
@Component
class CrmDataProcessAdapter implements CrmDataProcesses {

  private final RuntimeService runtime;
  private final AccountRepository accounts;
  private final ProductCalls productCalls;

  CrmDataProcessAdapter(
      RuntimeService runtime, AccountRepository accounts, ProductCalls productCalls) {
    this.runtime = runtime;
    this.accounts = accounts;
    this.productCalls = productCalls;
  }

  @Override
  public String start(CrmDataRequest request, List<String> reasons) {
    return productCalls.run(
        () ->
            runtime
                .createMessageCorrelation(CrmDataProcess.MESSAGE_CRM_DATA_INCOMPLETE)
                .processInstanceBusinessKey(request.accountId())
                .setVariables(
                    Variables.createVariables()
                        .putValue(CrmDataProcess.ACCOUNT_ID, request.accountId())
                        .putValue(
                            CrmDataProcess.ACCOUNT_NAME,
                            accounts.find(request.accountId()).map(Account::name).orElse(""))
                        .putValue(CrmDataProcess.REQUEST_ID, request.id())
                        .putValue(CrmDataProcess.CONTRACT_ID, request.contractId())
                        .putValue(CrmDataProcess.ACCOUNT_MANAGER, request.accountManager())
                        // one line each, as Tasklist shows a text variable
                        .putValue(
                            CrmDataProcess.MISSING,
                            reasons.stream().collect(Collectors.joining("\n"))))
                .correlateStartMessage()
                .getId());
  }

  @Override
  public void completed(String processInstanceId, String contractId) {
    productCalls.run(
        () ->
            runtime
                .createMessageCorrelation(CrmDataProcess.MESSAGE_CRM_DATA_COMPLETED)
                .processInstanceId(processInstanceId)
                .setVariable(CrmDataProcess.COMPLETED_BY_CONTRACT, contractId)
                .correlateAllWithResult());
  }
}
