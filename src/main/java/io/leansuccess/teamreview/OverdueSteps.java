package io.leansuccess.teamreview;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The steps of the accounts' processes (cycle, use case, get-well plan tasks) past their due date.
 */
public interface OverdueSteps {

  /** Every overdue step of these accounts, oldest due first, in a fixed number of queries. */
  List<OverdueStep> of(Collection<String> accountIds, Instant now);

  record OverdueStep(String accountId, String name, Instant due) {}
}
