package io.leansuccess.onboarding;

import java.time.LocalDate;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * How onboarding runs, under {@code lean-success.onboarding}. The process reads these as {@code
 * onboarding} when it gets there ({@code ${onboarding.sendPlanDirectly}} at the gateway), so a
 * change applies to every onboarding that has not passed that point yet.
 */
@Component("onboarding")
@ConfigurationProperties("lean-success.onboarding")
public class OnboardingProperties {

  /**
   * Send the generated plan straight to the customer, without the CSM's review (article 003's
   * "full-on automation").
   */
  private boolean sendPlanDirectly = false;

  /**
   * An account live at least this long when its contract arrives takes stock before its plan is
   * reviewed.
   */
  private Period takeStockAfter = Period.ofDays(90);

  /**
   * How long the launch lasts at most (ISO-8601 duration): then the first success cycle starts,
   * done or not.
   */
  private String launchPeriod = "P90D";

  /** Whether an account live since that day has been live long enough to take stock first. */
  public boolean takesStock(LocalDate liveSince, LocalDate today) {
    return liveSince != null && !liveSince.plus(takeStockAfter).isAfter(today);
  }

  public boolean isSendPlanDirectly() {
    return sendPlanDirectly;
  }

  public void setSendPlanDirectly(boolean sendPlanDirectly) {
    this.sendPlanDirectly = sendPlanDirectly;
  }

  public Period getTakeStockAfter() {
    return takeStockAfter;
  }

  public void setTakeStockAfter(Period takeStockAfter) {
    this.takeStockAfter = takeStockAfter;
  }

  public String getLaunchPeriod() {
    return launchPeriod;
  }

  public void setLaunchPeriod(String launchPeriod) {
    this.launchPeriod = launchPeriod;
  }
}
