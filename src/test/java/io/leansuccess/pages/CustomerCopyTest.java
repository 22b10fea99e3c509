package io.leansuccess.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansuccess.cycle.Qbr;
import io.leansuccess.sharing.SharingProperties;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerCopyTest {

  private final CustomerCopy copy = new CustomerCopy(new SharingProperties());

  @Test
  void shouldLeaveOutTheOverrideItsReasonAndInternalWarningSigns() {
    Qbr shared = copy.of(qbr());

    Qbr.UseCaseResult result = shared.useCases().get(0);
    assertThat(result.outcome()).isEqualTo("ADOPT");
    assertThat(result.proposedOutcome()).isNull();
    assertThat(result.overrideReason()).isNull();
    assertThat(result.kpis()).hasSize(1);
    assertThat(shared.health().get(0).warningSigns())
        .extracting(Qbr.WarningSign::code)
        .containsExactly("LOW_USAGE");
    assertThat(shared.toString()).doesNotContain("Sponsor insisted", "Invoice overdue");
  }

  @Test
  void shouldKeepAReviewWithoutHealth() {
    Qbr old = qbr();
    var withoutHealth =
        new Qbr(
            old.accountId(),
            old.accountName(),
            old.cycleId(),
            old.quarter(),
            old.producedAt(),
            null,
            old.useCases(),
            old.maturity(),
            null,
            old.nextQuarter());

    assertThat(copy.of(withoutHealth).health()).isNull();
  }

  private static Qbr qbr() {
    Instant at = Instant.parse("2027-03-30T09:00:00Z");
    return new Qbr(
        "acme",
        "Acme",
        "cycle-1",
        "2027-Q1",
        at,
        null,
        List.of(
            new Qbr.UseCaseResult(
                "uc-1",
                "Month-end close",
                "emea",
                "controller@acme.example",
                "ADOPTED",
                "ITERATE",
                "ADOPT",
                "Sponsor insisted",
                List.of(
                    new Qbr.KpiResult(
                        "days",
                        "Days to close",
                        "days",
                        "VALUE",
                        BigDecimal.valueOf(8),
                        BigDecimal.valueOf(3),
                        BigDecimal.valueOf(4),
                        0.8,
                        false)))),
        List.of(new Qbr.SegmentLevel("emea", "Europe", 2, 1)),
        List.of(
            new Qbr.HealthPeriod(
                "AMBER",
                at,
                at,
                List.of(
                    new Qbr.WarningSign("LOW_USAGE", "AMBER", "Active users below 40% of licences"),
                    new Qbr.WarningSign("INVOICE_OVERDUE", "AMBER", "Invoice overdue (1)")))),
        List.of());
  }
}
