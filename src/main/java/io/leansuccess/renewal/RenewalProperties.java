package io.leansuccess.renewal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * When the daily run looks for renewals that have come close, under {@code lean-success.renewal.*}.
 * {@code RenewalReadinessRunProcess} reads the schedule as {@code ${renewal.schedule}}. How close
 * is close is the rules' ({@code rules/RenewalReadiness.drl}).
 */
@Component("renewal")
@ConfigurationProperties("lean-success.renewal")
public class RenewalProperties {

  /** A Camunda time cycle, cron ({@code 0 30 2 * * ?}) or ISO 8601 ({@code R/P1D}). */
  private String schedule = "0 30 2 * * ?";

  /** Accounts per transaction (and per job) in a run; a failing chunk is retried on its own. */
  private int chunkSize = 500;

  public String getSchedule() {
    return schedule;
  }

  public void setSchedule(String schedule) {
    this.schedule = schedule;
  }

  public int getChunkSize() {
    return chunkSize;
  }

  public void setChunkSize(int chunkSize) {
    if (chunkSize < 1) {
      throw new IllegalArgumentException(
          "lean-success.renewal.chunk-size must be at least 1, not " + chunkSize);
    }
    this.chunkSize = chunkSize;
  }
}
