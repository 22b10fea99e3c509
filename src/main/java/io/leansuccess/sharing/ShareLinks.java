package io.leansuccess.sharing;

import io.leansuccess.account.AccountRepository;
import io.leansuccess.shared.InvalidFieldException;
import io.leansuccess.shared.ResourceNotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, lists and revokes an account's share links for those who see the account (its team's
 * CSMs and managers, admins), and opens them for the customer: a link that expired, was revoked,
 * was altered or is used on another account's address opens nothing, and each view is recorded.
 */
@Service
public class ShareLinks {

  /** A link and the token that opens it. */
  public record Created(ShareLink link, String token) {}

  private final AccountRepository accounts;
  private final ShareLinkRepository links;
  private final ShareTokens tokens;
  private final SharingProperties settings;
  private final Clock clock;

  public ShareLinks(
      AccountRepository accounts,
      ShareLinkRepository links,
      ShareTokens tokens,
      SharingProperties settings,
      Clock clock) {
    this.accounts = accounts;
    this.links = links;
    this.tokens = tokens;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * @param validForDays null for the configured validity
   * @throws ResourceNotFoundException for an account the one asking does not see
   * @throws InvalidFieldException naming {@code validForDays} beyond the configured maximum
   */
  @Transactional
  public Created create(String accountId, Integer validForDays, String createdBy) {
    accounts.require(accountId);
    Duration validity = settings.getValidity();
    if (validForDays != null) {
      if (validForDays < 1
          || Duration.ofDays(validForDays).compareTo(settings.getMaxValidity()) > 0) {
        throw new InvalidFieldException(
            "validForDays",
            "must be between 1 and " + settings.getMaxValidity().toDays() + " days");
      }
      validity = Duration.ofDays(validForDays);
    }
    Instant now = clock.instant();
    var link =
        new ShareLink(
            UUID.randomUUID(),
            accountId,
            createdBy,
            now,
            now.plus(validity),
            null,
            null,
            0,
            List.of());
    links.insert(link);
    return new Created(link, tokens.sign(accountId, link.id()));
  }

  /** Newest first, each with its views. */
  public List<ShareLink> ofAccount(String accountId) {
    accounts.require(accountId);
    return links.ofAccount(accountId);
  }

  public String tokenOf(ShareLink link) {
    return tokens.sign(link.accountId(), link.id());
  }

  /**
   * Revokes the link; revoking it again keeps the first revocation.
   *
   * @throws ResourceNotFoundException for an account not in view or a link of another account
   */
  @Transactional
  public ShareLink revoke(String accountId, UUID linkId, String revokedBy) {
    accounts.require(accountId);
    links
        .find(accountId, linkId)
        .orElseThrow(() -> new ResourceNotFoundException("share link", linkId.toString()));
    links.revoke(accountId, linkId, revokedBy, clock.instant());
    return links.find(accountId, linkId).orElseThrow();
  }

  /**
   * The link a customer opens on a page of the account's shared view, its view recorded; empty when
   * the token is not this account's or the link no longer works.
   */
  @Transactional
  public Optional<UUID> open(String accountId, String token, String page) {
    Instant now = clock.instant();
    Optional<UUID> id =
        tokens.verify(accountId, token).filter(linkId -> links.works(accountId, linkId, now));
    id.ifPresent(linkId -> links.recordView(linkId, page, now));
    return id;
  }
}
