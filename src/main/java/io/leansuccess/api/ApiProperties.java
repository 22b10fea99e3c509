package io.leansuccess.api;

import java.time.Duration;
import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** Limits of the REST API under {@code /api/v1}, under {@code lean-success.api.*}. */
@ConfigurationProperties("lean-success.api")
public class ApiProperties {

  /**
   * Serve the API (and its OpenAPI document); off, the engine, its processes and rules keep
   * running.
   */
  private boolean enabled = true;

  /**
   * Largest request body accepted (1MB is 1 MiB in Spring); larger ones are refused with 413
   * unparsed.
   */
  private DataSize maxRequestBytes = DataSize.ofMegabytes(1);

  /** Page size of a list when the client sends no {@code limit}. */
  private int defaultPageSize = 50;

  /** Largest page a client gets, whatever {@code limit} it asks for. */
  private int maxPageSize = 200;

  /**
   * Most signals one {@code POST /signal-batches} may carry; more are refused with 413, none
   * stored.
   */
  private int maxSignalsPerBatch = 1000;

  /**
   * How long a verified HTTP Basic credential is trusted without asking the identity service again;
   * a password change, a lock-out or a change of the user's groups forgets it at once. Zero turns
   * the cache off.
   */
  private Duration verifiedCredentialsTtl = Duration.ofSeconds(30);

  /**
   * The earliest day a date or instant in a request may be (UTC); earlier ones are refused with
   * 400.
   */
  private LocalDate earliestDate = LocalDate.of(1900, 1, 1);

  /**
   * The latest day a date or instant in a request may be (UTC); later ones are refused with 400.
   */
  private LocalDate latestDate = LocalDate.of(2199, 12, 31);

  /**
   * How long any request's body (under every path, not only {@code /api/v1}) may take to arrive; a
   * read after that fails (408) and frees the request thread. Zero turns the deadline off.
   */
  private Duration bodyReadTimeout = Duration.ofSeconds(20);

  private final RateLimit rateLimit = new RateLimit();

  /**
   * Each integration credential's budget: at most {@code requests} requests in any {@code period},
   * refilled gradually; more answer 429 with {@code Retry-After}. Counted on each node by itself,
   * so behind a load balancer over n nodes a credential gets up to n times the budget. The CS
   * team's users are not limited.
   */
  public static class RateLimit {
    private boolean enabled = true;
    private long requests = 1200;
    private Duration period = Duration.ofMinutes(1);

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public long getRequests() {
      return requests;
    }

    public void setRequests(long requests) {
      this.requests = requests;
    }

    public Duration getPeriod() {
      return period;
    }

    public void setPeriod(Duration period) {
      this.period = period;
    }
  }

  public RateLimit getRateLimit() {
    return rateLimit;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /**
   * The page size applied to a client's {@code limit}: the default when absent, capped at the
   * maximum.
   */
  public int pageSize(Integer requestedLimit) {
    return Math.min(requestedLimit == null ? defaultPageSize : requestedLimit, maxPageSize);
  }

  public DataSize getMaxRequestBytes() {
    return maxRequestBytes;
  }

  public void setMaxRequestBytes(DataSize maxRequestBytes) {
    this.maxRequestBytes = maxRequestBytes;
  }

  public int getDefaultPageSize() {
    return defaultPageSize;
  }

  public void setDefaultPageSize(int defaultPageSize) {
    this.defaultPageSize = defaultPageSize;
  }

  public int getMaxPageSize() {
    return maxPageSize;
  }

  public void setMaxPageSize(int maxPageSize) {
    this.maxPageSize = maxPageSize;
  }

  public Duration getVerifiedCredentialsTtl() {
    return verifiedCredentialsTtl;
  }

  public void setVerifiedCredentialsTtl(Duration verifiedCredentialsTtl) {
    this.verifiedCredentialsTtl = verifiedCredentialsTtl;
  }

  public int getMaxSignalsPerBatch() {
    return maxSignalsPerBatch;
  }

  public void setMaxSignalsPerBatch(int maxSignalsPerBatch) {
    this.maxSignalsPerBatch = maxSignalsPerBatch;
  }

  public LocalDate getEarliestDate() {
    return earliestDate;
  }

  public void setEarliestDate(LocalDate earliestDate) {
    this.earliestDate = earliestDate;
  }

  public LocalDate getLatestDate() {
    return latestDate;
  }

  public void setLatestDate(LocalDate latestDate) {
    this.latestDate = latestDate;
  }

  public Duration getBodyReadTimeout() {
    return bodyReadTimeout;
  }

  public void setBodyReadTimeout(Duration bodyReadTimeout) {
    this.bodyReadTimeout = bodyReadTimeout;
  }
}
