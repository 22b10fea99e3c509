package io.leansuccess.crmdata;

import io.leansuccess.contract.Contract;
import io.leansuccess.decision.Decision;
import io.leansuccess.decision.DecisionService;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Asks {@code rules/CrmDataCompleteness.drl} what a contract's CRM record lacks. Evaluating stores
 * nothing: the success plan asks it when drafting, {@link CrmDataRequests} when a contract arrives.
 */
@Service
public class CrmDataCompleteness {

  public static final String DECISION = "CrmDataCompleteness";

  private final DecisionService decisions;

  public CrmDataCompleteness(DecisionService decisions) {
    this.decisions = decisions;
  }

  public Decision evaluate(Contract contract) {
    return decisions.evaluate(DECISION, List.of(CrmRecord.of(contract)));
  }

  /** The fields missing, in the order of {@link CrmField}. */
  public List<CrmField> missing(Contract contract) {
    return missing(evaluate(contract));
  }

  static List<CrmField> missing(Decision decision) {
    return decision.factsOf(MissingCrmData.class).stream()
        .map(MissingCrmData::field)
        .distinct()
        .sorted()
        .toList();
  }
}
