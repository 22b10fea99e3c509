package io.leansuccess.account;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A customer organisation as the CRM knows it. The id is the CRM's, so integrations can write the
 * same account again without first asking for ours. ARR is in the CRM's currency, to the cent.
 */
public record Account(
    String id,
    String name,
    String industry,
    BigDecimal arrAtSigning,
    BigDecimal arrNow,
    LocalDate renewalDate,
    List<Segment> segments) {

  public static final String ID_PATTERN = "[A-Za-z0-9._-]{1,64}";

  /** Cents: with one scale, an amount read back from the database equals the one written. */
  public static final int ARR_SCALE = 2;

  public Account {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(renewalDate, "renewalDate");
    if (!id.matches(ID_PATTERN)) {
      throw new IllegalArgumentException("Account id '" + id + "' does not match " + ID_PATTERN);
    }
    arrAtSigning = arr(arrAtSigning, "arrAtSigning");
    arrNow = arr(arrNow, "arrNow");
    segments = List.copyOf(segments);
    requireUniqueKeys(segments);
  }

  private static BigDecimal arr(BigDecimal amount, String name) {
    Objects.requireNonNull(amount, name);
    if (amount.signum() < 0) {
      throw new IllegalArgumentException(name + " is negative: " + amount);
    }
    return amount.setScale(ARR_SCALE, RoundingMode.UNNECESSARY);
  }

  private static void requireUniqueKeys(List<Segment> segments) {
    Set<String> keys = new HashSet<>();
    for (Segment segment : segments) {
      if (!keys.add(segment.key())) {
        throw new IllegalArgumentException("Two segments have the key " + segment.key());
      }
    }
  }
}
