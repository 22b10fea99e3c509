package io.leansuccess.health;

import java.math.BigDecimal;

/** A healthy account's snapshot, changed one measurement at a time. */
final class HealthSnapshotBuilder {

  private int licensedUsers = 100;
  private Integer activeUsers;
  private Integer previousActiveUsers;
  private Long featureUsage;
  private Long previousFeatureUsage;
  private int openTickets;
  private int openHowToTickets;
  private Integer daysSinceLastOpened;
  private int sentSinceLastOpened;
  private int sentSinceLastAnswered;
  private int overdueInvoices;
  private BigDecimal overdueAmount = BigDecimal.ZERO;
  private BigDecimal arrAtSigning = new BigDecimal("100000");
  private BigDecimal arrNow = new BigDecimal("100000");
  private Integer nps;
  private long daysToRenewal = 365;

  static HealthSnapshotBuilder aHealthyAccount() {
    return new HealthSnapshotBuilder().activeUsers(80, 80);
  }

  HealthSnapshotBuilder activeUsers(int previous, int now) {
    previousActiveUsers = previous;
    activeUsers = now;
    return this;
  }

  HealthSnapshotBuilder featureUsage(long previous, long now) {
    previousFeatureUsage = previous;
    featureUsage = now;
    return this;
  }

  HealthSnapshotBuilder openTickets(int open, int howTo) {
    openTickets = open;
    openHowToTickets = howTo;
    return this;
  }

  HealthSnapshotBuilder lastOpened(int daysAgo, int sentSince) {
    daysSinceLastOpened = daysAgo;
    sentSinceLastOpened = sentSince;
    return this;
  }

  HealthSnapshotBuilder unanswered(int sentSinceLastAnswer) {
    sentSinceLastAnswered = sentSinceLastAnswer;
    return this;
  }

  HealthSnapshotBuilder overdue(int invoices, String amount) {
    overdueInvoices = invoices;
    overdueAmount = new BigDecimal(amount);
    return this;
  }

  HealthSnapshotBuilder arr(String atSigning, String now) {
    arrAtSigning = new BigDecimal(atSigning);
    arrNow = new BigDecimal(now);
    return this;
  }

  HealthSnapshotBuilder nps(int score) {
    nps = score;
    return this;
  }

  HealthSnapshotBuilder renewalInDays(long days) {
    daysToRenewal = days;
    return this;
  }

  HealthSnapshot build() {
    return new HealthSnapshot(
        "acme",
        licensedUsers,
        activeUsers,
        previousActiveUsers,
        featureUsage,
        previousFeatureUsage,
        openTickets,
        openHowToTickets,
        daysSinceLastOpened,
        sentSinceLastOpened,
        sentSinceLastAnswered,
        overdueInvoices,
        overdueAmount,
        arrAtSigning,
        arrNow,
        nps,
        daysToRenewal,
        0);
  }
}
