package io.leansuccess.teamreview;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/** The team's quarterly review, under {@code lean-success.team-review.*}. */
@Component
@ConfigurationProperties("lean-success.team-review")
public class TeamReviewProperties {

  /**
   * The revenue section lists the renewals due within this many days (the page may ask for another
   * window).
   */
  private int renewalWindowDays = 120;

  /** The longest renewal window the page may ask for, in days. */
  private int maxRenewalWindowDays = 730;

  /** The challenges' trend covers this many quarters, the reviewed one the last. */
  private int trendQuarters = 4;

  public int getRenewalWindowDays() {
    return renewalWindowDays;
  }

  public void setRenewalWindowDays(int renewalWindowDays) {
    this.renewalWindowDays = renewalWindowDays;
  }

  public int getMaxRenewalWindowDays() {
    return maxRenewalWindowDays;
  }

  public void setMaxRenewalWindowDays(int maxRenewalWindowDays) {
    this.maxRenewalWindowDays = maxRenewalWindowDays;
  }

  public int getTrendQuarters() {
    return trendQuarters;
  }

  public void setTrendQuarters(int trendQuarters) {
    this.trendQuarters = trendQuarters;
  }
}
