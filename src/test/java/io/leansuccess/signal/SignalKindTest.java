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
    assertThat(SignalKind.NPS.problemWith(new BigDecimal("101"))).contains("must be between -100 and 100");
    assertThat(SignalKind.NPS.problemWith(new BigDecimal("-101"))).contains("must be between -100 and 100");
  }

  @Test
  void shouldRefuseFractionsOrNegativeCountsOfActiveUsers() {
    assertThat(SignalKind.ACTIVE_USERS.problemWith(new BigDecimal("12.5"))).contains("must be a whole number");
    assertThat(SignalKind.ACTIVE_USERS.problemWith(new BigDecimal("-1"))).contains("must be between 0 and 2147483647");
    assertThat(SignalKind.ACTIVE_USERS.problemWith(new BigDecimal("2147483648"))).isPresent();
    assertThat(SignalKind.ACTIVE_USERS.problemWith(new BigDecimal("2147483647"))).isEmpty();
  }

  @Test
  void shouldHoldEqualValuesWrittenDifferentlyAsOneSignal() {
    var occurred = java.time.Instant.parse("2026-10-01T09:00:00.123456789Z");
    var sent = new Signal("e-1", "a", SignalKind.ACTIVE_USERS, "emea", new BigDecimal("45.00"), occurred);
    var readBack = new Signal("e-1", "a", SignalKind.ACTIVE_USERS, "emea", new BigDecimal("45"),
        java.time.Instant.parse("2026-10-01T09:00:00.123456Z"));

    assertThat(sent).isEqualTo(readBack);
    assertThat(sent.value().toString()).isEqualTo("45");
  }
}
