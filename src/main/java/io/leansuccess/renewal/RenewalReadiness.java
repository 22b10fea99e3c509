package io.leansuccess.renewal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The readiness of one renewal of an account, run by {@code RenewalReadinessProcess}: opened some
 * time before the renewal date, with a brief and the rules' verdict, closed when the CSM has
 * prepared the renewal, or cancelled when the renewal date moves out of reach. At most one is open
 * per account.
 *
 * @param brief null until the rules first judged it
 * @param verdict the latest verdict ({@link ReadinessVerdict.Readiness}), null until then
 * @param decisionId the stored decision behind the latest verdict
 * @param closedAs how it ended: {@code PREPARED} or {@code CANCELLED}; null while open
 */
public record RenewalReadiness(
    String id,
    String accountId,
    LocalDate renewalDate,
    String processInstanceId,
    Instant openedAt,
    RenewalBrief brief,
    String verdict,
    String decisionId,
    Instant closedAt,
    String closedAs) {

  public static final String PREPARED = "PREPARED";
  public static final String CANCELLED = "CANCELLED";

  public boolean isOpen() {
    return closedAt == null;
  }
}
