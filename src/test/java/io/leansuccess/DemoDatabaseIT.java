package io.leansuccess;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansuccess.account.Account;
import io.leansuccess.account.AccountRepository;
import io.leansuccess.account.Segment;
import io.leansuccess.account.SegmentKind;
import io.leansuccess.health.HealthColour;
import io.leansuccess.health.HealthEvaluationService;
import io.leansuccess.signal.Signal;
import io.leansuccess.signal.SignalKind;
import io.leansuccess.signal.SignalReceipt;
import io.leansuccess.signal.SignalService;
import io.leansuccess.support.SecondApplication;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The demo runs on H2, not PostgreSQL: signals stored once per event id (savepoints instead of
 * {@code on conflict}), the health queries, and the {@code value} column, an H2 keyword that the
 * demo's URL declares a plain name ({@code NON_KEYWORDS=...} of lean-success.yaml).
 */
class DemoDatabaseIT {

  /** The keywords the demo's own URL turns into plain names, so this test runs as the demo does. */
  private static String demoNonKeywords() throws IOException {
    return Files.readAllLines(Path.of("src/main/resources/lean-success.yaml")).stream()
        .filter(line -> line.contains("NON_KEYWORDS="))
        .map(line -> line.substring(line.indexOf("NON_KEYWORDS=")).strip())
        .findFirst()
        .orElseThrow(() -> new AssertionError("The demo URL declares no NON_KEYWORDS"));
  }

  static final Instant NOW = Instant.now();

  @Test
  void shouldStoreSignalsOnceAndEvaluateHealthOnH2() throws IOException {
    String url =
        "jdbc:h2:mem:demo-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1;" + demoNonKeywords();
    try (var app = SecondApplication.start(url, "demo")) {
      var account =
          new Account(
              "zzz-h2-acme",
              "Acme",
              "Manufacturing",
              new BigDecimal("100000"),
              new BigDecimal("100000"),
              LocalDate.now().plusYears(1),
              List.of(new Segment("emea", SegmentKind.GEOGRAPHY, "Europe", 100)));
      app.getBean(AccountRepository.class).insert(account);
      var lowUsage =
          new Signal(
              "e-1", account.id(), SignalKind.ACTIVE_USERS, "emea", new BigDecimal("10"), NOW);
      var ticket =
          new Signal(
              "e-2",
              account.id(),
              SignalKind.SUPPORT_TICKET_OPENED,
              null,
              null,
              NOW,
              "HOW_TO",
              "T-1");
      var signals = app.getBean(SignalService.class);

      List<SignalReceipt> first = signals.receiveAll(List.of(lowUsage, ticket, lowUsage));
      List<SignalReceipt> again = signals.receiveAll(List.of(lowUsage, ticket));

      assertThat(first)
          .extracting(SignalReceipt::status)
          .containsExactly(
              SignalReceipt.Status.STORED,
              SignalReceipt.Status.STORED,
              SignalReceipt.Status.REPEATED);
      assertThat(again)
          .extracting(SignalReceipt::status)
          .containsOnly(SignalReceipt.Status.REPEATED);
      var health = app.getBean(HealthEvaluationService.class);
      // the living demo's own accounts have signals too; this account's id sorts after theirs
      assertThat(health.evaluateDueAfter("zzz-h2", 10).evaluated()).isEqualTo(1);
      assertThat(health.evaluateDueAfter("zzz-h2", 10).evaluated())
          .as("the mark is cleared")
          .isZero();
      assertThat(health.evaluate(account.id()).colour()).isEqualTo(HealthColour.RED);
    }
  }
}
