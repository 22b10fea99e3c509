package io.leansuccess.decision;

import java.time.Instant;
import java.util.Optional;

/**
 * The moment whose rules a decision follows. A running process keeps the rules in force when it
 * started (or when an admin last moved it to a new version); a decision asked outside any process
 * follows the latest rules.
 */
public interface RulesAsOf {

  /** Empty: the latest rules. */
  Optional<Instant> now();
}
