package io.leansuccess.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountTest {

  private static Account account(String arr, List<Segment> segments) {
    return new Account(
        "crm-1",
        "Acme",
        null,
        new BigDecimal(arr),
        new BigDecimal(arr),
        LocalDate.of(2027, 3, 31),
        segments);
  }

  @Test
  void shouldEqualTheSameAccountWrittenWithAnotherScaleWhenReadBack() {
    assertThat(account("100", List.of())).isEqualTo(account("100.00", List.of()));
  }

  @Test
  void shouldRefuseTwoSegmentsWithOneKey() {
    var emea = new Segment("emea", SegmentKind.GEOGRAPHY, "Europe", 10);

    assertThatThrownBy(() -> account("1", List.of(emea, emea))).hasMessageContaining("emea");
  }

  @Test
  void shouldRefuseNegativeLicensedUsersAndArr() {
    assertThatThrownBy(() -> new Segment("emea", SegmentKind.GEOGRAPHY, "Europe", -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> account("-1", List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldRefuseAnIdThatCannotAppearInAPath() {
    assertThatThrownBy(
            () ->
                new Account(
                    "a/b",
                    "Acme",
                    null,
                    BigDecimal.ONE,
                    BigDecimal.ONE,
                    LocalDate.of(2027, 3, 31),
                    List.of()))
        .hasMessageContaining("a/b");
  }
}
