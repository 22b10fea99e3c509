package io.leansuccess.crmdata;

import io.leansuccess.contract.Contract;
import java.util.List;

/**
 * What the CRM holds about the customer's goals, stakeholders and challenges, counted: the fact
 * {@code rules/CrmDataCompleteness.drl} judges. Blank entries count for nothing.
 *
 * @param stakeholderInterests customer contacts whose interests are recorded
 */
public record CrmRecord(
    String accountId,
    String contractId,
    int goals,
    int stakeholders,
    int stakeholderInterests,
    int businessChallenges) {

  public static CrmRecord of(Contract contract) {
    return new CrmRecord(
        contract.accountId(),
        contract.id(),
        filled(contract.goals()),
        contract.customerContacts().size(),
        (int)
            contract.customerContacts().stream()
                .filter(contact -> contact.interests() != null && !contact.interests().isBlank())
                .count(),
        filled(contract.businessChallenges()));
  }

  private static int filled(List<String> entries) {
    return (int) entries.stream().filter(entry -> entry != null && !entry.isBlank()).count();
  }
}
