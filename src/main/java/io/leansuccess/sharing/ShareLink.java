package io.leansuccess.sharing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A link that shows one account's QBRs, success plan, success stories and progress dashboard to the
 * customer's stakeholders without a login, until it expires or is revoked.
 *
 * @param views the latest views, newest first; {@code viewCount} counts them all
 */
public record ShareLink(
    UUID id,
    String accountId,
    String createdBy,
    Instant createdAt,
    Instant expiresAt,
    String revokedBy,
    Instant revokedAt,
    long viewCount,
    List<View> views) {

  public ShareLink {
    views = List.copyOf(views);
  }

  /** A page of the link opened at a time. */
  public record View(Instant viewedAt, String page) {}

  /** ACTIVE, EXPIRED or REVOKED at that moment. */
  public String statusAt(Instant now) {
    return revokedAt != null ? "REVOKED" : worksAt(now) ? "ACTIVE" : "EXPIRED";
  }

  public boolean worksAt(Instant now) {
    return revokedAt == null && now.isBefore(expiresAt);
  }
}
