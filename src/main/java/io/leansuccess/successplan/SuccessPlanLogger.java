package io.leansuccess.successplan;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the success plans did on their own, with the codes of {@code docs/logging.md}. */
final class SuccessPlanLogger {

  private static final Logger LOG = LoggerFactory.getLogger("io.leansuccess.successplan");

  private SuccessPlanLogger() {}

  static void planGenerated(SuccessPlanVersion version) {
    LOG.info(
        "LS-PLAN-001 Success plan version {} generated for account {} from contract {} ({})",
        version.version(),
        version.accountId(),
        version.contractId(),
        version.reason());
  }
}
