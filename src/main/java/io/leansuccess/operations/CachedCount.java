package io.leansuccess.operations;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * A count from the database, asked again only once it is older than {@code maxAge}: Prometheus may
 * scrape every few seconds, several of them may, and the count is a query.
 */
final class CachedCount {

  private final LongSupplier query;
  private final long maxAgeNanos;
  private long value;
  private long readAt;
  private boolean read;

  CachedCount(LongSupplier query, Duration maxAge) {
    this.query = query;
    this.maxAgeNanos = maxAge.toNanos();
  }

  synchronized double get() {
    long now = System.nanoTime();
    if (!read || now - readAt >= maxAgeNanos) {
      value = query.getAsLong();
      readAt = now;
      read = true;
    }
    return value;
  }
}
