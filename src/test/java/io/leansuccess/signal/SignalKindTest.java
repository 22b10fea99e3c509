package io.leansuccess.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SignalKindTest {

  @Test
  void shouldAcceptNpsFromMinusHundredToHundred() {
    assertThat(SignalKind.NPS.problemWith(new BigDecimal("-100"))).isEmpty();
    assertThat(SignalKind.NPS.problemWith(new BigDecimal("100.00"))).isEmpty();
  }

  @Test
  void shouldRefuseNpsOutsideMinusHundredToHundred() {
    assertThat(SignalKind.NPS.problemWith(new BigDecimal("101")))
        .contains("must be between -100 and 100");
    assertThat(SignalKind.NPS.problemWith(new BigDecimal("-101")))
        .contains("must be between -100 and 100");
  }

  @Test
  void shouldRefuseFractionsOrNegativeCountsOfActiveUsers() {
    assertThat(SignalKind.ACTIVE_USERS.problemWith(new BigDecimal("12.5")))
        .contains("must be a whole number");
    assertThat(SignalKind.ACTIVE_USERS.problemWith(new BigDecimal("-1")))
        .contains("must be between 0 and 2147483647");
    assertThat(SignalKind.ACTIVE_USERS.problemWith(new BigDecimal("2147483648"))).isPresent();
    assertThat(SignalKind.ACTIVE_USERS.problemWith(new BigDecimal("2147483647"))).isEmpty();
  }

  @Test
  void shouldHoldEqualValuesWrittenDifferentlyAsOneSignal() {
    var occurred = java.time.Instant.parse("2026-10-01T09:00:00.123456789Z");
    var sent =
        new Signal("e-1", "a", SignalKind.ACTIVE_USERS, "emea", new BigDecimal("45.00"), occurred);
    var readBack =
        new Signal(
            "e-1",
            "a",
            SignalKind.ACTIVE_USERS,
            "emea",
            new BigDecimal("45"),
            java.time.Instant.parse("2026-10-01T09:00:00.123456Z"));

    assertThat(sent).isEqualTo(readBack);
    assertThat(sent.value().toString()).isEqualTo("45");
  }

  @Test
  void shouldAskTicketsForIdAndCategoryAndNoValue() {
    assertThat(SignalKind.SUPPORT_TICKET_OPENED.problemsWith(null, "HOW_TO", "T-1")).isEmpty();
    assertThat(SignalKind.SUPPORT_TICKET_OPENED.problemsWith(BigDecimal.ONE, null, null))
        .containsOnlyKeys("value", "category", "detail");
    assertThat(SignalKind.SUPPORT_TICKET_OPENED.problemsWith(null, "URGENT", "T-1"))
        .containsEntry(
            "category",
            "must be one of HOW_TO, DEFECT, OUTAGE, ACCESS, BILLING, FEATURE_REQUEST, OTHER");
    assertThat(SignalKind.SUPPORT_TICKET_CLOSED.problemsWith(null, null, "T-1"))
        .as("category optional on closing")
        .isEmpty();
  }

  @Test
  void shouldAskInvoicesForAnAmountAndANumber() {
    assertThat(SignalKind.INVOICE_OVERDUE.problemsWith(new BigDecimal("1200.50"), null, "INV-1"))
        .isEmpty();
    assertThat(SignalKind.INVOICE_OVERDUE.problemsWith(null, null, "INV-1"))
        .containsEntry("value", "is required for INVOICE_OVERDUE signals");
    assertThat(SignalKind.INVOICE_PAID.problemsWith(new BigDecimal("-1"), null, "INV-1"))
        .containsKey("value");
    assertThat(SignalKind.INVOICE_ISSUED.problemsWith(BigDecimal.TEN, "BILLING", "INV-1"))
        .containsKey("category");
  }

  @Test
  void shouldTakeCommunicationsAndRenewalsWithOptionalDetails() {
    assertThat(SignalKind.COMMUNICATION_OPENED.problemsWith(null, null, null)).isEmpty();
    assertThat(SignalKind.COMMUNICATION_SENT.problemsWith(null, null, "newsletter-3")).isEmpty();
    assertThat(SignalKind.COMMUNICATION_ANSWERED.problemsWith(BigDecimal.ONE, null, null))
        .containsEntry("value", "must be absent: COMMUNICATION_ANSWERED signals carry no value");
    assertThat(SignalKind.RENEWAL_DONE.problemsWith(null, null, null)).isEmpty();
    assertThat(SignalKind.ARR_CHANGED.problemsWith(new BigDecimal("90000"), null, null)).isEmpty();
    assertThat(SignalKind.FEATURE_USAGE.problemsWith(new BigDecimal("12"), null, "reports"))
        .isEmpty();
  }
}
