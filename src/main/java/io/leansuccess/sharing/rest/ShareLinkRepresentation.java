package io.leansuccess.sharing.rest;

import io.leansuccess.sharing.ShareLink;
import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.time.Instant;
import java.util.List;

/** A share link as JSON: where it leads, who made it, until when it works, and its views. */
@Schema(name = "ShareLink")
public record ShareLinkRepresentation(
    String id,
    String accountId,
    @Schema(description = "The address to send the customer: opens without a login") URI url,
    @Schema(allowableValues = {"ACTIVE", "EXPIRED", "REVOKED"}) String status,
    String createdBy,
    Instant createdAt,
    Instant expiresAt,
    String revokedBy,
    Instant revokedAt,
    @Schema(description = "Every view, however many are listed") long viewCount,
    @Schema(description = "The latest views, newest first") List<View> views) {

  public record View(Instant viewedAt, String page) {}

  static ShareLinkRepresentation from(ShareLink link, URI url, Instant now) {
    return new ShareLinkRepresentation(
        link.id().toString(),
        link.accountId(),
        url,
        link.statusAt(now),
        link.createdBy(),
        link.createdAt(),
        link.expiresAt(),
        link.revokedBy(),
        link.revokedAt(),
        link.viewCount(),
        link.views().stream().map(view -> new View(view.viewedAt(), view.page())).toList());
  }
}
