package io.leansuccess.sharing;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * A link's token: its id and an HMAC-SHA256 of the id and the account, base64url. A token is
 * checked before anything is looked up, so a guessed or altered token, or a token on another
 * account's address, costs no query. The key is the configured one or, without one, generated once
 * and kept in the database; it is never in the code.
 */
@Component
public class ShareTokens {

  static final String ALGORITHM = "HmacSHA256";
  static final String KEY_NAME = "share-links";
  private static final int ID_BYTES = 16;
  private static final int MAC_BYTES = 32;
  private static final int MIN_KEY_BYTES = 32;

  private final Supplier<byte[]> key;

  public ShareTokens(SharingProperties settings, ShareLinkRepository repository, Clock clock) {
    String configured = settings.getSigningKey();
    if (configured != null && !configured.isBlank()) {
      byte[] bytes = decodeKey(configured);
      this.key = () -> bytes;
    } else {
      this.key = new StoredKey(repository, clock);
    }
  }

  public String sign(String accountId, UUID linkId) {
    ByteBuffer token = ByteBuffer.allocate(ID_BYTES + MAC_BYTES);
    token.putLong(linkId.getMostSignificantBits()).putLong(linkId.getLeastSignificantBits());
    token.put(mac(accountId, linkId));
    return Base64.getUrlEncoder().withoutPadding().encodeToString(token.array());
  }

  /** The link's id when the token was signed for this account with our key. */
  public Optional<UUID> verify(String accountId, String token) {
    if (token == null || token.length() > 128) {
      return Optional.empty();
    }
    byte[] bytes;
    try {
      bytes = Base64.getUrlDecoder().decode(token);
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
    if (bytes.length != ID_BYTES + MAC_BYTES) {
      return Optional.empty();
    }
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    UUID id = new UUID(buffer.getLong(), buffer.getLong());
    byte[] sent = new byte[MAC_BYTES];
    buffer.get(sent);
    return MessageDigest.isEqual(sent, mac(accountId, id)) ? Optional.of(id) : Optional.empty();
  }

  private byte[] mac(String accountId, UUID linkId) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(key.get(), ALGORITHM));
      // the id's length is fixed, so no other (account, id) pair reads the same
      return mac.doFinal(
          ("lean-success share link v1\n" + linkId + "\n" + accountId)
              .getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(ALGORITHM + " is not available", e);
    }
  }

  private static byte[] decodeKey(String configured) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(configured.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("lean-success.sharing.signing-key is not base64");
    }
    if (bytes.length < MIN_KEY_BYTES) {
      throw new IllegalStateException(
          "lean-success.sharing.signing-key holds "
              + bytes.length
              + " bytes; at least "
              + MIN_KEY_BYTES
              + " are needed");
    }
    return bytes;
  }

  /** Generated at first use and kept; a node that loses the race reads the winner's. */
  private static final class StoredKey implements Supplier<byte[]> {

    private final ShareLinkRepository repository;
    private final Clock clock;
    private volatile byte[] key;

    StoredKey(ShareLinkRepository repository, Clock clock) {
      this.repository = repository;
      this.clock = clock;
    }

    @Override
    public byte[] get() {
      byte[] known = key;
      if (known == null) {
        byte[] candidate = new byte[MIN_KEY_BYTES];
        new SecureRandom().nextBytes(candidate);
        known =
            Base64.getDecoder()
                .decode(
                    repository.keyOf(
                        KEY_NAME, Base64.getEncoder().encodeToString(candidate), clock.instant()));
        key = known;
      }
      return known;
    }
  }
}
