package io.leansuccess.successplan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.OptionalLong;

/**
 * How far one similar account got, and when: the day it first signed and the day it reached each
 * milestone it did reach.
 */
public record AdoptionHistory(
    String accountId, LocalDate signedOn, Map<AdoptionMilestone, LocalDate> reached) {

  public AdoptionHistory {
    reached = Map.copyOf(reached);
  }

  /**
   * Days from signing to the milestone. Empty when not reached, and when reached before the
   * contract: an account that was live long before it signed tells nothing about how long adoption
   * takes from signing.
   */
  public OptionalLong daysTo(AdoptionMilestone milestone) {
    LocalDate day = reached.get(milestone);
    if (day == null || day.isBefore(signedOn)) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(ChronoUnit.DAYS.between(signedOn, day));
  }
}
