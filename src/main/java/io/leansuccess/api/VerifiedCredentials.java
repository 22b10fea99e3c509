package io.leansuccess.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * HTTP Basic credentials the identity service verified a moment ago, with the user's groups, so
 * that an integration sending thousands of requests does not pay a password check and a group query
 * on each (the ingestion benchmark measured a quarter of a signal's cost). Kept for {@code
 * lean-success.api.verified-credentials-ttl}, keyed by a SHA-256 digest of the header so the cache
 * never holds a password. Whatever could make a credential wrong forgets the user's entries at
 * once: a password change, a lock-out after a wrong password, a deleted user, a change of
 * memberships ({@link CredentialsForgettingIdentityProvider}). Only while that identity provider is
 * the engine's is anything kept at all (an LDAP plugin replaces it).
 */
@Component
public class VerifiedCredentials {

  /** A user as the identity service verified them. */
  public record Verified(String userId, List<String> groups) {}

  /**
   * Where the cache stands when a verification starts; {@link #remember} refuses when something was
   * forgotten since.
   */
  public record Ticket(long generation) {}

  private final Cache<String, Verified> verified;
  private final boolean configured;
  private final AtomicLong generation = new AtomicLong();
  private volatile boolean enabled;

  public VerifiedCredentials(ApiProperties properties) {
    configured = !properties.getVerifiedCredentialsTtl().isZero();
    verified =
        Caffeine.newBuilder()
            .expireAfterWrite(properties.getVerifiedCredentialsTtl())
            .maximumSize(10_000)
            .build();
  }

  /**
   * The engine's identity provider tells every change to this cache, so it may keep credentials.
   */
  void enable() {
    enabled = configured;
  }

  void disable() {
    enabled = false;
    forgetAll();
  }

  public Optional<Verified> verified(String authorization) {
    return enabled && authorization != null
        ? Optional.ofNullable(verified.getIfPresent(key(authorization)))
        : Optional.empty();
  }

  /** Taken before asking the identity service, handed to {@link #remember}. */
  public Ticket ticket() {
    return new Ticket(generation.get());
  }

  /** Keeps a verification unless anything was forgotten since its ticket (it may be stale). */
  public void remember(Ticket ticket, String authorization, Verified user) {
    if (!enabled) {
      return;
    }
    synchronized (generation) {
      if (generation.get() == ticket.generation()) {
        verified.put(key(authorization), user);
      }
    }
  }

  public void forget(String userId) {
    synchronized (generation) {
      generation.incrementAndGet();
      verified.asMap().values().removeIf(user -> user.userId().equals(userId));
    }
  }

  public void forgetAll() {
    synchronized (generation) {
      generation.incrementAndGet();
      verified.invalidateAll();
    }
  }

  private static String key(String authorization) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(authorization.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }
}
