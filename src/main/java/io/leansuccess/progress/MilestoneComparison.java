package io.leansuccess.progress;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A milestone of the success plan's adoption timeline against what happened: expected by one day,
 * reached on another or not yet; both also counted in days from signing.
 *
 * @param reachedOn null while not reached
 * @param reachedDays days from signing to {@code reachedOn}; null while not reached
 */
public record MilestoneComparison(
    String title,
    LocalDate expectedBy,
    LocalDate reachedOn,
    State state,
    long expectedDays,
    Long reachedDays) {

  public enum State {
    REACHED_ON_TIME,
    REACHED_LATE,
    EXPECTED,
    OVERDUE
  }

  static MilestoneComparison of(
      String title, LocalDate signedOn, LocalDate expectedBy, LocalDate reachedOn, LocalDate asOf) {
    State state;
    if (reachedOn != null) {
      state = reachedOn.isAfter(expectedBy) ? State.REACHED_LATE : State.REACHED_ON_TIME;
    } else {
      state = asOf.isAfter(expectedBy) ? State.OVERDUE : State.EXPECTED;
    }
    return new MilestoneComparison(
        title,
        expectedBy,
        reachedOn,
        state,
        ChronoUnit.DAYS.between(signedOn, expectedBy),
        reachedOn == null ? null : ChronoUnit.DAYS.between(signedOn, reachedOn));
  }

  /** Whether it is expected within these days and not reached by then. */
  public boolean dueBetween(LocalDate from, LocalDate to) {
    return reachedOn == null && !expectedBy.isBefore(from) && expectedBy.isBefore(to);
  }
}
