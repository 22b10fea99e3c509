package io.leansuccess.timing;

import java.time.Clock;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.Map;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Every hand-over is a timed step. The BPMN asks this bean, as {@code timing}, how long a task may
 * take ({@code ${timing.allowed('ConfirmVision')}}, the overdue timer), when it is due ({@code
 * ${timing.due('ConfirmVision')}}, the task's due date) and how often a check-in recurs ({@code
 * ${timing.cycle('SteeringCheckIn')}}, or one round of it for a loop: {@code
 * ${timing.period('WeeklyReview')}}). The numbers live in configuration under {@code
 * lean-success.timing}, so a CS team changes them without touching a diagram.
 *
 * <p>A time allowed is an ISO-8601 duration ({@code P5D}: calendar days) or a number of business
 * days ({@code 2BD}: weekends and holidays skipped, see {@link BusinessDays}). Both the due date
 * and the overdue timer are computed from the same value, so they agree either way.
 */
@Component("timing")
@ConfigurationProperties("lean-success.timing")
public class ProcessTiming {

  /** ISO-8601 duration a task may take when {@link #allowed} names none for it. */
  private String defaultAllowed = "P5D";

  /**
   * Per task key (the task id without {@code Task_}): ISO-8601 duration, e.g. {@code P3D}, or
   * business days, e.g. {@code 2BD}. The product's defaults are here, not in the app's
   * configuration, so an embedding host times its tasks as the product does; a key set in
   * configuration replaces only that key's default.
   */
  private Map<String, String> allowed =
      new HashMap<>(
          Map.ofEntries(
              // article 003: the CSM reviews the generated success plan within 5 business days
              Map.entry("ReviewSuccessPlan", "5BD"),
              Map.entry("SendSuccessPlan", "P2D"),
              Map.entry("CapturePreExistingUseCases", "P14D"),
              // the launch areas: due this long after the launch starts, all within the 90-day
              // launch
              Map.entry("LaunchHelp", "P14D"),
              Map.entry("LaunchSponsorship", "P14D"),
              Map.entry("LaunchChampions", "P21D"),
              Map.entry("LaunchCommunity", "P30D"),
              Map.entry("LaunchTraining", "P30D"),
              Map.entry("LaunchCommunications", "P60D"),
              // a get-well plan
              Map.entry("Diagnose", "2BD"),
              Map.entry("Recovery", "P30D"),
              // renewal readiness: the CSM prepares the renewal within two weeks of the brief
              Map.entry("PrepareRenewal", "P14D"),
              // the account manager completes a CRM record booked without the customer's goals
              Map.entry("CompleteCrmData", "5BD"),
              // re-onboarding a segment: welcome the new users, then train them
              Map.entry("SendWelcomeCommunications", "3BD"),
              Map.entry("TrainNewUsers", "P14D")));

  /** Per recurring check-in: ISO-8601 repeating interval, e.g. {@code R/P1M}. */
  private Map<String, String> cycles =
      new HashMap<>(
          Map.of(
              "ProgressCheckIn", "R/P1M",
              "SteeringCheckIn", "R/P1M",
              "ChampionCheckIn", "R/P14D",
              "WeeklyReview", "R/P7D"));

  private final BusinessDays businessDays;
  private final Clock clock;

  @Autowired
  public ProcessTiming(BusinessDays businessDays, Clock clock) {
    this.businessDays = businessDays;
    this.clock = clock;
  }

  public String allowed(String taskKey) {
    return allowed.getOrDefault(taskKey, defaultAllowed);
  }

  public Date due(String taskKey) {
    String allowedTime = allowed(taskKey);
    Date now = Date.from(clock.instant());
    return BusinessDays.count(allowedTime)
        .map(days -> businessDays.after(now, days))
        .orElseGet(() -> after(now, allowedTime));
  }

  public String cycle(String checkInKey) {
    String cycle = cycles.get(checkInKey);
    if (cycle == null) {
      throw new IllegalArgumentException(
          "No lean-success.timing.cycles." + checkInKey + " configured");
    }
    return cycle;
  }

  /**
   * One period of a configured cycle ({@code R/P7D} gives {@code P7D}), for a loop that waits for
   * its next round with a {@code timeDuration} timer (Camunda advises against a cycle on an
   * intermediate timer).
   */
  public String period(String checkInKey) {
    String cycle = cycle(checkInKey);
    String period = cycle.substring(cycle.lastIndexOf('/') + 1);
    if (!cycle.startsWith("R") || !period.startsWith("P")) {
      throw new IllegalArgumentException(
          "lean-success.timing.cycles."
              + checkInKey
              + " is "
              + cycle
              + ", not a repeating ISO-8601 interval such as R/P7D");
    }
    return period;
  }

  /** The instant an ISO-8601 duration (days, months or hours alike) after {@code start}. */
  public static Date after(Date start, String isoDuration) {
    try {
      var calendar = new GregorianCalendar();
      calendar.setTime(start);
      DatatypeFactory.newInstance().newDuration(isoDuration).addTo(calendar);
      return calendar.getTime();
    } catch (DatatypeConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  public String getDefaultAllowed() {
    return defaultAllowed;
  }

  public void setDefaultAllowed(String defaultAllowed) {
    this.defaultAllowed = defaultAllowed;
  }

  public Map<String, String> getAllowed() {
    return allowed;
  }

  public void setAllowed(Map<String, String> allowed) {
    this.allowed = allowed;
  }

  public Map<String, String> getCycles() {
    return cycles;
  }

  public void setCycles(Map<String, String> cycles) {
    this.cycles = cycles;
  }
}
