package io.leansuccess.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class HealthFactorTest {

  @Test
  void shouldWritePercentagesAndAmountsTheWayPeopleDo() {
    assertThat(HealthFactor.percent(0.4)).isEqualTo("40%");
    assertThat(HealthFactor.percent(0.125)).isEqualTo("12.5%");
    assertThat(HealthFactor.amount(new BigDecimal("90000.0000"))).isEqualTo("90000");
    assertThat(HealthFactor.amount(new BigDecimal("1200.5000"))).isEqualTo("1200.50");
    assertThat(HealthFactor.amount(new BigDecimal("0.1234"))).isEqualTo("0.1234");
  }

  @Test
  void shouldRefuseAGreenWarningSign() {
    assertThatThrownBy(() -> new HealthFactor("X", HealthColour.GREEN, "fine"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
