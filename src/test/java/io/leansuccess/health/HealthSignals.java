package io.leansuccess.health;

import io.leansuccess.account.Account;
import io.leansuccess.account.AccountRepository;
import io.leansuccess.account.Ownership;
import io.leansuccess.account.Segment;
import io.leansuccess.account.SegmentKind;
import io.leansuccess.engine.DemoTeams;
import io.leansuccess.signal.Signal;
import io.leansuccess.signal.SignalKind;
import io.leansuccess.signal.SignalService;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Accounts and the signals about them, as integrations would send them, for health tests. */
final class HealthSignals {

  private final AccountRepository accounts;
  private final SignalService signals;
  private final List<Signal> pending = new ArrayList<>();
  private String accountId;
  private Instant now;

  HealthSignals(AccountRepository accounts, SignalService signals) {
    this.accounts = accounts;
    this.signals = signals;
  }

  /** An account with one segment {@code emea} of 100 licences, ARR 100,000 at signing and now. */
  static Account account(String id, LocalDate renewal) {
    return new Account(
        id,
        "Acme " + id,
        "Manufacturing",
        new BigDecimal("100000"),
        new BigDecimal("100000"),
        renewal,
        List.of(new Segment("emea", SegmentKind.GEOGRAPHY, "Europe", 100)));
  }

  static String freshId(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  HealthSignals store(Account account) {
    accounts.insert(account);
    accounts.assign(account.id(), new Ownership(DemoTeams.ENTERPRISE_EMEA, "demo.csm"));
    accountId = account.id();
    return this;
  }

  /** Signals that follow are about this account, as of {@code now}. */
  HealthSignals about(String id, Instant at) {
    accountId = id;
    now = at;
    return this;
  }

  HealthSignals at(Instant at) {
    now = at;
    return this;
  }

  HealthSignals daysAgo(int days, SignalKind kind, String value, String category, String detail) {
    pending.add(
        new Signal(
            "evt-" + UUID.randomUUID(),
            accountId,
            kind,
            kind == SignalKind.ACTIVE_USERS ? "emea" : null,
            value == null ? null : new BigDecimal(value),
            now.minus(Duration.ofDays(days)),
            category,
            detail));
    return this;
  }

  HealthSignals activeUsers(int daysAgo, int users) {
    return daysAgo(daysAgo, SignalKind.ACTIVE_USERS, String.valueOf(users), null, null);
  }

  /** Sends what was collected in one batch. */
  void send() {
    signals
        .receiveAll(List.copyOf(pending))
        .forEach(
            receipt -> {
              if (!receipt.accepted()) {
                throw new AssertionError("Signal rejected: " + receipt.rejection());
              }
            });
    pending.clear();
  }
}
