package io.leansuccess.crmdata;

import java.time.Instant;
import java.util.List;

/**
 * A timed request to the account manager to complete the CRM record of an account. An account has
 * at most one open request.
 *
 * @param accountManager the Camunda user the task is assigned to; null when the contract names no
 *     account manager the identity service knows (the team's managers get the task then)
 * @param completedByContract the contract whose arrival completed the data; null while open, or
 *     when the task was completed or cancelled without it
 */
public record CrmDataRequest(
    String id,
    String accountId,
    String contractId,
    List<CrmField> missing,
    String accountManager,
    String decisionId,
    String processInstanceId,
    Instant openedAt,
    Instant closedAt,
    String completedByContract) {

  public CrmDataRequest {
    missing = List.copyOf(missing);
  }

  public boolean isOpen() {
    return closedAt == null;
  }
}
