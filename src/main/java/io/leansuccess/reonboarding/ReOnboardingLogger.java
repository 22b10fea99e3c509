package io.leansuccess.reonboarding;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What continuous onboarding did on its own, with the codes of {@code docs/logging.md}. */
final class ReOnboardingLogger {

  private static final Logger LOG = LoggerFactory.getLogger("io.leansuccess.reonboarding");

  private ReOnboardingLogger() {}

  static void opened(String accountId, String segmentKey, String id, List<String> reasons) {
    LOG.info(
        "LS-REONBOARD-001 Re-onboarding {} opened for segment {} of account {}: {}",
        id,
        segmentKey,
        accountId,
        reasons);
  }

  static void failed(String accountId, String segmentKey, RuntimeException failure) {
    LOG.error(
        "LS-REONBOARD-002 Re-onboarding of segment {} of account {} could not open; the next"
            + " reading tries again",
        segmentKey,
        accountId,
        failure);
  }
}
