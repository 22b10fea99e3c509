package io.leansuccess.portfolio;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * The work of accounts that is past its due date, as the one asking may see it: the port the
 * process engine implements ({@code portfolio.process}).
 */
public interface OverdueTasks {

  /**
   * How many open tasks of each of these accounts were due before {@code now}; accounts without one
   * are left out. A fixed number of queries for any number of accounts.
   */
  Map<String, Long> byAccount(Collection<String> accountIds, Instant now);
}
