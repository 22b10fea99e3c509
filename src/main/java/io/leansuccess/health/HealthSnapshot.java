package io.leansuccess.health;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What the signals say about one account at one moment, as the health rules see it: measurements
 * only, no thresholds (those live in {@code rules/HealthEscalation.drl}). "Unknown" is null, never
 * zero: an account that never reported usage is not an account nobody uses.
 *
 * @param activeUsers the latest active users of each segment that reported, summed; null when none
 *     did
 * @param previousActiveUsers the reading before each of those, summed (the latest where there was
 *     only one)
 * @param featureUsage the latest usage count of each feature, summed; null when none was reported
 * @param previousFeatureUsage the count before each of those, summed
 * @param openTickets support tickets opened and not closed since
 * @param openHowToTickets those of them in the category HOW_TO
 * @param daysSinceLastOpened full days since the customer last opened or answered a communication,
 *     or since the first one was sent when they never did; null when nothing was ever sent
 * @param sentSinceLastOpened communications sent after the last one opened (all, when none was)
 * @param sentSinceLastAnswered communications sent after the last one answered (all, when none was)
 * @param overdueInvoices invoices whose latest news is that they are overdue
 * @param arrNow the latest ARR_CHANGED signal's ARR, else the CRM's ARR now
 * @param nps the latest net promoter score, null when never surveyed
 * @param daysToRenewal days from today to the renewal date, negative once it has passed
 */
public record HealthSnapshot(
    String accountId,
    int licensedUsers,
    Integer activeUsers,
    Integer previousActiveUsers,
    Long featureUsage,
    Long previousFeatureUsage,
    int openTickets,
    int openHowToTickets,
    Integer daysSinceLastOpened,
    int sentSinceLastOpened,
    int sentSinceLastAnswered,
    int overdueInvoices,
    BigDecimal overdueAmount,
    BigDecimal arrAtSigning,
    BigDecimal arrNow,
    Integer nps,
    long daysToRenewal,
    int renewalsDone) {

  /**
   * Active users as a share of licensed users; 1 (nothing to worry about) when usage is not known.
   */
  public double activeShare() {
    return usageKnown() ? (double) activeUsers / licensedUsers : 1;
  }

  public boolean usageKnown() {
    return activeUsers != null && licensedUsers > 0;
  }

  /**
   * How far active users fell since the previous reading, as a share of it; 0 when they did not
   * fall.
   */
  public double activeUsersDrop() {
    return drop(
        previousActiveUsers == null ? 0 : previousActiveUsers,
        activeUsers == null ? 0 : activeUsers);
  }

  /**
   * How far feature usage fell since the previous counts, as a share of them; 0 when it did not
   * fall.
   */
  public double featureUsageDrop() {
    return drop(
        previousFeatureUsage == null ? 0 : previousFeatureUsage,
        featureUsage == null ? 0 : featureUsage);
  }

  /** How far ARR now is below ARR at signing, as a share of it; 0 when it is not below. */
  public double arrDrop() {
    if (arrAtSigning.signum() <= 0 || arrNow.compareTo(arrAtSigning) >= 0) {
      return 0;
    }
    return arrAtSigning
        .subtract(arrNow)
        .divide(arrAtSigning, 6, RoundingMode.HALF_UP)
        .doubleValue();
  }

  public boolean arrBelowSigning() {
    return arrNow.compareTo(arrAtSigning) < 0;
  }

  public boolean surveyed() {
    return nps != null;
  }

  public boolean communicationsSent() {
    return daysSinceLastOpened != null;
  }

  private static double drop(long before, long now) {
    return before <= 0 || now >= before ? 0 : (double) (before - now) / before;
  }
}
