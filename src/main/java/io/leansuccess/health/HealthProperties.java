package io.leansuccess.health;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * When and in what portions health is evaluated, under {@code lean-success.health.*}. {@code
 * HealthEvaluationProcess} reads the schedules as {@code ${health.schedule}} and {@code
 * ${health.dueSchedule}}, so operations change them in configuration, not in the diagram.
 * Thresholds are not here: they are the rules' ({@code rules/HealthEscalation.drl}).
 */
@Component("health")
@ConfigurationProperties("lean-success.health")
public class HealthProperties {

  /**
   * When all accounts are evaluated: a Camunda time cycle, cron ({@code 0 0 2 * * ?}) or ISO 8601
   * ({@code R/P1D}).
   */
  private String schedule = "0 0 2 * * ?";

  /** How often accounts with new signals are evaluated. */
  private String dueSchedule = "0 0/5 * * * ?";

  /** Accounts per transaction (and per job) in a run; a failing chunk is retried on its own. */
  private int chunkSize = 500;

  public String getSchedule() {
    return schedule;
  }

  public void setSchedule(String schedule) {
    this.schedule = schedule;
  }

  public String getDueSchedule() {
    return dueSchedule;
  }

  public void setDueSchedule(String dueSchedule) {
    this.dueSchedule = dueSchedule;
  }

  public int getChunkSize() {
    return chunkSize;
  }

  public void setChunkSize(int chunkSize) {
    if (chunkSize < 1) {
      throw new IllegalArgumentException(
          "lean-success.health.chunk-size must be at least 1, not " + chunkSize);
    }
    this.chunkSize = chunkSize;
  }
}
