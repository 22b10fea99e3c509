package io.leansuccess.getwell;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the get-well plans did on their own, with the codes of {@code docs/logging.md}. */
final class GetWellPlanLogger {

  private static final Logger LOG = LoggerFactory.getLogger("io.leansuccess.getwell");

  private GetWellPlanLogger() {}

  static void planOpened(
      String accountId, String planId, String evaluationId, List<String> reasons) {
    LOG.info(
        "LS-GETWELL-001 Get-well plan {} opened for account {} by health evaluation {}: {}",
        planId,
        accountId,
        evaluationId,
        reasons);
  }
}
