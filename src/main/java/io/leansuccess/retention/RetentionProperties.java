package io.leansuccess.retention;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * How long the product keeps its own records, under {@code lean-success.retention.*}; Camunda's
 * history has its own time to live per process and its cleanup window. {@code DataRetentionProcess}
 * reads the schedule as {@code ${retention.schedule}}. A record something still stands on is kept
 * whatever its age (see {@link RetentionRepository}).
 */
@Component("retention")
@ConfigurationProperties("lean-success.retention")
public class RetentionProperties {

  /** When expired records are deleted: a Camunda time cycle, cron or ISO 8601. */
  private String schedule = "0 30 3 * * ?";

  /** Rows per table per transaction (and per job). */
  private int batchSize = 1000;

  /** Signals, by when they happened: 13 months, so a year-on-year comparison has its reading. */
  private Duration signals = Duration.ofDays(400);

  /** Stored rule decisions (the explanations), by when they were made. */
  private Duration decisions = Duration.ofDays(3 * 365);

  /** Health history rows, by their last evaluation. */
  private Duration healthHistory = Duration.ofDays(400);

  /**
   * Share links that ended (expired or revoked), with the log of their views, by when they ended: a
   * link lives at most a year, so its views are at most that old while it lasts.
   */
  private Duration shareLinks = Duration.ofDays(400);

  public String getSchedule() {
    return schedule;
  }

  public void setSchedule(String schedule) {
    this.schedule = schedule;
  }

  public int getBatchSize() {
    return batchSize;
  }

  public void setBatchSize(int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException(
          "lean-success.retention.batch-size must be at least 1, not " + batchSize);
    }
    this.batchSize = batchSize;
  }

  public Duration getSignals() {
    return signals;
  }

  public void setSignals(Duration signals) {
    this.signals = signals;
  }

  public Duration getDecisions() {
    return decisions;
  }

  public void setDecisions(Duration decisions) {
    this.decisions = decisions;
  }

  public Duration getHealthHistory() {
    return healthHistory;
  }

  public void setHealthHistory(Duration healthHistory) {
    this.healthHistory = healthHistory;
  }

  public Duration getShareLinks() {
    return shareLinks;
  }

  public void setShareLinks(Duration shareLinks) {
    this.shareLinks = shareLinks;
  }
}
