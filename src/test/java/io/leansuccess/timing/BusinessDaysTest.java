package io.leansuccess.timing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class BusinessDaysTest {

  private final BusinessDays businessDays = new BusinessDays();

  @Test
  void shouldSkipTheWeekend() {
    // 2026-03-06 is a Friday
    assertThat(businessDays.after(at("2026-03-06T09:00:00Z"), 2))
        .isEqualTo(at("2026-03-10T09:00:00Z"));
    assertThat(businessDays.after(at("2026-03-06T09:00:00Z"), 1))
        .isEqualTo(at("2026-03-09T09:00:00Z"));
    assertThat(businessDays.after(at("2026-03-04T09:00:00Z"), 2))
        .as("Wednesday + 2 is Friday")
        .isEqualTo(at("2026-03-06T09:00:00Z"));
  }

  @Test
  void shouldCountFromADayOffLikeFromTheBusinessDayBefore() {
    // Saturday and Sunday + 1 business day are both Monday
    assertThat(businessDays.after(at("2026-03-07T10:00:00Z"), 1))
        .isEqualTo(at("2026-03-09T10:00:00Z"));
    assertThat(businessDays.after(at("2026-03-08T10:00:00Z"), 1))
        .isEqualTo(at("2026-03-09T10:00:00Z"));
    assertThat(businessDays.after(at("2026-03-08T10:00:00Z"), 0))
        .isEqualTo(at("2026-03-08T10:00:00Z"));
  }

  @Test
  void shouldSkipHolidays() {
    businessDays.setHolidays(
        java.util.List.of(LocalDate.parse("2026-12-25"), LocalDate.parse("2026-12-28")));

    // Thursday 24 December + 2: not Christmas (Friday), not the weekend, not Monday 28th
    assertThat(businessDays.after(at("2026-12-24T09:00:00Z"), 2))
        .isEqualTo(at("2026-12-30T09:00:00Z"));
    assertThat(businessDays.isBusinessDay(LocalDate.parse("2026-12-25"))).isFalse();
    assertThat(businessDays.isBusinessDay(LocalDate.parse("2026-12-29"))).isTrue();
  }

  @Test
  void shouldTakeOtherWeekendsAndZones() {
    businessDays.setWeekend(Set.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY));
    businessDays.setZone(ZoneId.of("Asia/Dubai"));

    // Thursday 22:00 UTC is already Friday 02:00 in Dubai: + 1 business day is Sunday 02:00 there
    assertThat(businessDays.after(at("2026-03-05T22:00:00Z"), 1))
        .isEqualTo(at("2026-03-07T22:00:00Z"));
  }

  @Test
  void shouldReadTheNotation() {
    assertThat(BusinessDays.count("2BD")).contains(2);
    assertThat(BusinessDays.count(" 10BD ")).contains(10);
    assertThat(BusinessDays.count("P2D")).isEmpty();
    assertThat(BusinessDays.count("R/P7D")).isEmpty();
    assertThat(BusinessDays.count("2 BD")).isEmpty();
    assertThat(BusinessDays.count(null)).isEmpty();
  }

  @Test
  void shouldRefuseAWeekWithoutBusinessDays() {
    businessDays.setWeekend(Set.of(DayOfWeek.values()));

    assertThatThrownBy(() -> businessDays.after(at("2026-03-06T09:00:00Z"), 1))
        .hasMessageContaining("leaves no business day");
  }

  @Test
  void shouldBindFromConfiguration() {
    var source =
        new MapConfigurationPropertySource(
            Map.of(
                "lean-success.calendar.holidays", "2026-12-25, 2027-01-01",
                "lean-success.calendar.weekend", "SUNDAY",
                "lean-success.calendar.zone", "Europe/Berlin"));

    BusinessDays bound =
        new Binder(source).bindOrCreate("lean-success.calendar", Bindable.of(BusinessDays.class));

    assertThat(bound.getHolidays())
        .containsExactly(LocalDate.parse("2026-12-25"), LocalDate.parse("2027-01-01"));
    assertThat(bound.getWeekend()).containsExactly(DayOfWeek.SUNDAY);
    assertThat(bound.getZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
  }

  private static Date at(String instant) {
    return Date.from(Instant.parse(instant));
  }
}
