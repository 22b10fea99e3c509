package io.leansuccess.renewal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What renewal readiness did on its own, with the codes of {@code docs/logging.md}. */
final class RenewalLogger {

  private static final Logger LOG = LoggerFactory.getLogger("io.leansuccess.renewal");

  private RenewalLogger() {}

  static void opened(String accountId, String readinessId, Object renewalDate) {
    LOG.info(
        "LS-RENEWAL-001 Renewal readiness {} opened for account {}, renewal on {}",
        readinessId,
        accountId,
        renewalDate);
  }

  static void judged(String accountId, String readinessId, String verdict, String decisionId) {
    LOG.info(
        "LS-RENEWAL-002 Renewal readiness {} of account {} judged {} (decision {})",
        readinessId,
        accountId,
        verdict,
        decisionId);
  }

  static void moved(String accountId, String readinessId, Object renewalDate, boolean cancelled) {
    LOG.info(
        "LS-RENEWAL-003 Renewal of account {} moved to {}: readiness {} {}",
        accountId,
        renewalDate,
        readinessId,
        cancelled ? "cancelled" : "moved with it");
  }

  static void notBroughtUpToDate(String accountId, Object renewalDate, RuntimeException e) {
    LOG.error(
        "LS-RENEWAL-004 Renewal readiness of account {} not brought up to date with its renewal"
            + " on {}; the daily run tries again",
        accountId,
        renewalDate,
        e);
  }
}
