package io.leansuccess.cycle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the success cycles did on their own, with the codes of {@code docs/logging.md}. */
final class CycleLogger {

  private static final Logger LOG = LoggerFactory.getLogger("io.leansuccess.cycle");

  private CycleLogger() {}

  static void cycleStarted(Cycle cycle, boolean firstOfYear, String processInstanceId) {
    LOG.info(
        "LS-CYCLE-001 Success cycle {} started for account {} in {}{} (process instance {})",
        cycle.id(),
        cycle.accountId(),
        cycle.quarter(),
        firstOfYear ? ", the first of its year" : "",
        processInstanceId);
  }
}
