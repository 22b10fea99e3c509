package io.leansuccess.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansuccess.timing.BusinessDays;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendarManager;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The calendars the engine asks for due dates and timers, as the plugin registers them. */
class BusinessDayCalendarsTest {

  private final BusinessCalendarManager calendars =
      BusinessDayCalendars.around(null, new BusinessDays());

  @BeforeEach
  void onAFriday() {
    ClockUtil.setCurrentTime(at("2026-03-06T09:00:00Z"));
  }

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  void shouldResolveBusinessDaysForDueDatesAndTimerDurationsAlike() {
    assertThat(calendars.getBusinessCalendar(DueDateBusinessCalendar.NAME).resolveDuedate("2BD"))
        .isEqualTo(at("2026-03-10T09:00:00Z"));
    assertThat(calendars.getBusinessCalendar(DurationBusinessCalendar.NAME).resolveDuedate("2BD"))
        .isEqualTo(at("2026-03-10T09:00:00Z"));
    assertThat(
            calendars
                .getBusinessCalendar(DurationBusinessCalendar.NAME)
                .resolveDuedate("2BD", at("2026-03-09T12:00:00Z")))
        .as("from a given start: a recalculated timer")
        .isEqualTo(at("2026-03-11T12:00:00Z"));
  }

  @Test
  void shouldLeaveIsoDurationsAndDatesToCamunda() {
    assertThat(calendars.getBusinessCalendar(DurationBusinessCalendar.NAME).resolveDuedate("P2D"))
        .isEqualTo(at("2026-03-08T09:00:00Z"));
    assertThat(calendars.getBusinessCalendar(DueDateBusinessCalendar.NAME).resolveDuedate("P5D"))
        .isEqualTo(at("2026-03-11T09:00:00Z"));
    assertThat(
            calendars
                .getBusinessCalendar(DueDateBusinessCalendar.NAME)
                .resolveDuedate("2026-04-01T10:00:00Z"))
        .isEqualTo(at("2026-04-01T10:00:00Z"));
  }

  @Test
  void shouldKeepCamundasCycleCalendar() {
    assertThat(calendars.getBusinessCalendar(CycleBusinessCalendar.NAME))
        .isInstanceOf(CycleBusinessCalendar.class);
    assertThat(calendars.getBusinessCalendar("unknown")).isNull();
  }

  private static Date at(String instant) {
    return Date.from(Instant.parse(instant));
  }
}
