package io.leansuccess.health.process;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the health runs did on their own, with the codes of {@code docs/logging.md}. */
final class HealthLogger {

  private static final Logger LOG = LoggerFactory.getLogger("io.leansuccess.health");

  private HealthLogger() {}

  /**
   * @param run {@code nightly} (all accounts) or {@code due} (accounts with new signals)
   */
  static void runFinished(String run, long accounts, long chunks, long escalations) {
    LOG.info(
        "LS-HEALTH-001 Health run {} finished: {} accounts in {} chunks, {} escalated to a get-well plan",
        run,
        accounts,
        chunks,
        escalations);
  }
}
