package io.leansuccess.timing;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Business days: every day but the weekend days and the holidays under {@code
 * lean-success.calendar}. Durations written {@code 2BD} ("two business days") count only those:
 * Friday 09:00 + {@code 2BD} is Tuesday 09:00, the same time of day on the second business day
 * after the start. The engine resolves them for task due dates and timers alike ({@code
 * engine.BusinessDayCalendars}), so a task's due date and its overdue timer agree.
 */
@Component
@ConfigurationProperties("lean-success.calendar")
public class BusinessDays {

  /** {@code 2BD}: a whole number of business days. */
  private static final Pattern NOTATION = Pattern.compile("(\\d{1,4})BD");

  /** Days off every week. */
  private Set<DayOfWeek> weekend = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

  /** Days off on a given date, e.g. {@code 2026-12-25}. */
  private List<LocalDate> holidays = new ArrayList<>();

  /** Where the days begin and end. */
  private ZoneId zone = ZoneOffset.UTC;

  /** The number of business days {@code description} names, when it is written {@code nBD}. */
  public static Optional<Integer> count(String description) {
    Matcher matcher = description == null ? null : NOTATION.matcher(description.strip());
    return matcher != null && matcher.matches()
        ? Optional.of(Integer.valueOf(matcher.group(1)))
        : Optional.empty();
  }

  public boolean isBusinessDay(LocalDate day) {
    return !weekend.contains(day.getDayOfWeek()) && !holidays.contains(day);
  }

  /**
   * The same time of day on the {@code days}-th business day after {@code start}'s day; a start on
   * a day off counts from there too (Saturday + {@code 1BD} is Monday).
   */
  public Date after(Date start, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("A negative number of business days: " + days);
    }
    if (weekend.size() >= DayOfWeek.values().length) {
      throw new IllegalStateException("lean-success.calendar.weekend leaves no business day");
    }
    ZonedDateTime at = start.toInstant().atZone(zone);
    LocalDate day = at.toLocalDate();
    for (int counted = 0; counted < days; ) {
      day = day.plusDays(1);
      if (isBusinessDay(day)) {
        counted++;
      }
    }
    return Date.from(at.with(day).toInstant());
  }

  public Set<DayOfWeek> getWeekend() {
    return weekend;
  }

  public void setWeekend(Set<DayOfWeek> weekend) {
    this.weekend = weekend.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(weekend);
  }

  public List<LocalDate> getHolidays() {
    return holidays;
  }

  public void setHolidays(List<LocalDate> holidays) {
    this.holidays = new ArrayList<>(holidays);
  }

  public ZoneId getZone() {
    return zone;
  }

  public void setZone(ZoneId zone) {
    this.zone = zone;
  }
}
