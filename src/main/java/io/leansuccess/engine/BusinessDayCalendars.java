package io.leansuccess.engine;

import io.leansuccess.timing.BusinessDays;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendarManager;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

/**
 * The engine's business calendars, taught business days. Camunda 7 has no per-element choice of
 * calendar: it asks its {@link BusinessCalendarManager} for the calendar named {@code dueDate}
 * (task due and follow-up dates, {@code timeDate} timers), {@code duration} ({@code timeDuration}
 * timers) or {@code cycle} ({@code timeCycle} timers). So we register calendars under those names
 * that resolve {@code 2BD} with {@link BusinessDays} and hand everything else (ISO-8601 durations
 * and dates) to the calendar that was there before, unchanged. {@code cycle} stays as it is: the
 * engine casts it to {@link CycleBusinessCalendar} when a cycle repeats.
 */
public final class BusinessDayCalendars implements BusinessCalendarManager {

  private final BusinessCalendarManager before;
  private final BusinessDays businessDays;

  private BusinessDayCalendars(BusinessCalendarManager before, BusinessDays businessDays) {
    this.before = before;
    this.businessDays = businessDays;
  }

  /**
   * Wraps the calendars a host configured, or Camunda's defaults when it configured none (the
   * engine fills in its own only after the plugins' {@code preInit}).
   */
  public static BusinessCalendarManager around(
      BusinessCalendarManager configured, BusinessDays businessDays) {
    return new BusinessDayCalendars(
        configured != null ? configured : camundaDefaults(), businessDays);
  }

  private static BusinessCalendarManager camundaDefaults() {
    var defaults = new MapBusinessCalendarManager();
    defaults.addBusinessCalendar(DurationBusinessCalendar.NAME, new DurationBusinessCalendar());
    defaults.addBusinessCalendar(DueDateBusinessCalendar.NAME, new DueDateBusinessCalendar());
    defaults.addBusinessCalendar(CycleBusinessCalendar.NAME, new CycleBusinessCalendar());
    return defaults;
  }

  @Override
  public BusinessCalendar getBusinessCalendar(String name) {
    BusinessCalendar calendar = before.getBusinessCalendar(name);
    if (calendar == null || CycleBusinessCalendar.NAME.equals(name)) {
      return calendar;
    }
    return new WithBusinessDays(calendar, businessDays);
  }

  private record WithBusinessDays(BusinessCalendar before, BusinessDays businessDays)
      implements BusinessCalendar {

    @Override
    public Date resolveDuedate(String description) {
      return resolveDuedate(description, (Date) null);
    }

    @Override
    public Date resolveDuedate(String description, Date startDate) {
      Optional<Integer> days = BusinessDays.count(description);
      if (days.isEmpty()) {
        return before.resolveDuedate(description, startDate);
      }
      return businessDays.after(
          startDate != null ? startDate : ClockUtil.getCurrentTime(), days.get());
    }

    @Override
    public Date resolveDuedate(String description, Task task) {
      Optional<Integer> days = BusinessDays.count(description);
      if (days.isEmpty()) {
        return before.resolveDuedate(description, task);
      }
      Date created = task != null ? task.getCreateTime() : null;
      return businessDays.after(created != null ? created : ClockUtil.getCurrentTime(), days.get());
    }
  }
}
