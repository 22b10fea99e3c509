package io.leansuccess.crmdata;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the CRM data requests did on their own, with the codes of {@code docs/logging.md}. */
final class CrmDataLogger {

  private static final Logger LOG = LoggerFactory.getLogger("io.leansuccess.crmdata");

  private CrmDataLogger() {}

  static void requested(String accountId, String requestId, String user, List<CrmField> missing) {
    LOG.info(
        "LS-CRMDATA-001 CRM data request {} opened for account {} (account manager {}): {} missing",
        requestId,
        accountId,
        user == null ? "unknown, the team's managers" : user,
        missing);
  }
}
