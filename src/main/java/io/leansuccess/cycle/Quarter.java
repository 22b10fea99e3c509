package io.leansuccess.cycle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** A calendar quarter: a year has four success cycles. */
public record Quarter(int year, int quarter) {

  public Quarter {
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("quarter must be 1 to 4, not " + quarter);
    }
  }

  public static Quarter of(Instant instant) {
    LocalDate date = instant.atZone(ZoneOffset.UTC).toLocalDate();
    return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
  }

  public Quarter next() {
    return quarter == 4 ? new Quarter(year + 1, 1) : new Quarter(year, quarter + 1);
  }

  public Instant start() {
    return LocalDate.of(year, (quarter - 1) * 3 + 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  @Override
  public String toString() {
    return year + "-Q" + quarter;
  }
}
