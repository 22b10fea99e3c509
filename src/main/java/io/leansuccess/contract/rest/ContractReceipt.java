package io.leansuccess.contract.rest;

import io.leansuccess.contract.ReceivedContract;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/**
 * The answer to a contract: the contract as stored, its revision, and where its account's success
 * plan is. Made from what is stored only, so the same contract sent again gets the same answer.
 */
@Schema(name = "ContractReceipt")
public record ContractReceipt(
    String contractId,
    String accountId,
    int revision,
    Instant receivedAt,
    Instant amendedAt,
    String successPlan,
    ContractRepresentation contract) {

  static ContractReceipt from(ReceivedContract received) {
    var contract = received.contract();
    return new ContractReceipt(
        contract.id(),
        contract.accountId(),
        received.revision(),
        received.receivedAt(),
        received.amendedAt(),
        "/api/v1/accounts/" + contract.accountId() + "/success-plan",
        ContractRepresentation.from(contract));
  }
}
