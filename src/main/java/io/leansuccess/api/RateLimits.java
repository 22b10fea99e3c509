package io.leansuccess.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * One token bucket per credential on this node (Bucket4j): {@code lean-success.api.rate-limit}
 * requests in any period, refilled gradually. A bucket left alone for a whole period is full again,
 * so it is forgotten then.
 */
@Component
public class RateLimits {

  /** The name RateLimit and RateLimit-Policy give the policy. */
  static final String POLICY = "per-credential";

  private final ApiProperties.RateLimit limit;
  private final Cache<String, Bucket> buckets;

  public RateLimits(ApiProperties properties) {
    this.limit = properties.getRateLimit();
    this.buckets = Caffeine.newBuilder().expireAfterAccess(limit.getPeriod()).build();
  }

  /**
   * @param remaining requests left in the budget after this one
   * @param waitSeconds when refused, how long until one request is allowed again; else until the
   *     budget is full
   */
  record Verdict(boolean allowed, long remaining, long waitSeconds) {}

  boolean enabled() {
    return limit.isEnabled();
  }

  Verdict take(String credential) {
    Bucket bucket =
        buckets.get(
            credential,
            key ->
                Bucket.builder()
                    .addLimit(
                        bandwidth ->
                            bandwidth
                                .capacity(limit.getRequests())
                                .refillGreedy(limit.getRequests(), limit.getPeriod()))
                    .build());
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    long nanos =
        probe.isConsumed() ? probe.getNanosToWaitForReset() : probe.getNanosToWaitForRefill();
    return new Verdict(probe.isConsumed(), probe.getRemainingTokens(), seconds(nanos));
  }

  /** {@code RateLimit-Policy}: the budget and its window in seconds. */
  String policy() {
    return "\"" + POLICY + "\";q=" + limit.getRequests() + ";w=" + limit.getPeriod().toSeconds();
  }

  String detail(Verdict verdict) {
    return "This credential sent more than "
        + limit.getRequests()
        + " requests in "
        + limit.getPeriod()
        + "; try again in "
        + verdict.waitSeconds()
        + " s";
  }

  private static long seconds(long nanos) {
    return Math.max(
        0, (nanos + Duration.ofSeconds(1).toNanos() - 1) / Duration.ofSeconds(1).toNanos());
  }
}
