package io.leansuccess.timing;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansuccess.engine.BusinessDayCalendars;
import io.leansuccess.engine.EngineClock;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendarManager;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A task's due date and its overdue timer come from one configured value, and agree. */
class ProcessTimingTest {

  private final BusinessDays businessDays = new BusinessDays();
  private final ProcessTiming timing = new ProcessTiming(businessDays, new EngineClock());
  private final BusinessCalendarManager engineCalendars =
      BusinessDayCalendars.around(null, businessDays);

  @BeforeEach
  void onAFriday() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-06T09:00:00Z")));
  }

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  void shouldGiveDiagnoseTwoBusinessDaysByDefault() {
    assertThat(timing.allowed("Diagnose")).isEqualTo("2BD");
    assertThat(timing.due("Diagnose")).isEqualTo(Date.from(Instant.parse("2026-03-10T09:00:00Z")));
    assertThat(overdueTimerFor("Diagnose")).isEqualTo(timing.due("Diagnose"));
  }

  @Test
  void shouldKeepCalendarDaysForIsoDurations() {
    timing.setAllowed(Map.of("ConfirmVision", "P3D"));

    assertThat(timing.due("ConfirmVision"))
        .isEqualTo(Date.from(Instant.parse("2026-03-09T09:00:00Z")));
    assertThat(overdueTimerFor("ConfirmVision")).isEqualTo(timing.due("ConfirmVision"));
    assertThat(timing.due("AnythingElse"))
        .as("the default, P5D")
        .isEqualTo(Date.from(Instant.parse("2026-03-11T09:00:00Z")));
    assertThat(overdueTimerFor("AnythingElse")).isEqualTo(timing.due("AnythingElse"));
  }

  @Test
  void shouldCountConfiguredBusinessDaysForAnyTask() {
    timing.setAllowed(Map.of("RevisePlan", "3BD"));
    businessDays.setHolidays(java.util.List.of(java.time.LocalDate.parse("2026-03-09")));

    assertThat(timing.due("RevisePlan"))
        .isEqualTo(Date.from(Instant.parse("2026-03-12T09:00:00Z")));
    assertThat(overdueTimerFor("RevisePlan")).isEqualTo(timing.due("RevisePlan"));
  }

  @Test
  void shouldGiveOneRoundOfACycle() {
    assertThat(timing.period("WeeklyReview")).isEqualTo("P7D");
    timing.setCycles(
        Map.of("WeeklyReview", "R3/2026-01-01T00:00:00Z/P14D", "Cron", "0 0 9 * * MON"));

    assertThat(timing.period("WeeklyReview")).isEqualTo("P14D");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> timing.period("Cron"))
        .hasMessageContaining("not a repeating ISO-8601 interval");
  }

  private Date overdueTimerFor(String taskKey) {
    return engineCalendars
        .getBusinessCalendar(DurationBusinessCalendar.NAME)
        .resolveDuedate(timing.allowed(taskKey));
  }
}
