package io.leansuccess.successplan;

import java.time.Instant;

/**
 * One version of an account's success plan: why it was made, from which contract, and whether it
 * went to the customer.
 *
 * @param sentBy the user who sent it, or {@link #SENT_AUTOMATICALLY}
 */
public record SuccessPlanVersion(
    String accountId,
    int version,
    Reason reason,
    String contractId,
    Instant generatedAt,
    Instant sentAt,
    String sentBy) {

  public static final String SENT_AUTOMATICALLY = "lean-success";

  /** What made a new version. */
  public enum Reason {
    CONTRACT_SIGNED,
    CONTRACT_AMENDED,
    CONTRACT_RENEWED,
    STOCK_TAKEN
  }
}
