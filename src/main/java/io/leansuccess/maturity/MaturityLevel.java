package io.leansuccess.maturity;

import java.util.Arrays;

/**
 * The five maturity levels of a segment, with our default names. The thresholds for moving between
 * them live in {@code rules/MaturityTransitions.drl}; only the names live here.
 */
public enum MaturityLevel {
  LAUNCH(1, "Launch"),
  USAGE(2, "Usage"),
  PROFICIENCY(3, "Proficiency"),
  VALUE(4, "Value"),
  ADVOCACY(5, "Advocacy");

  private final int number;
  private final String title;

  MaturityLevel(int number, String title) {
    this.number = number;
    this.title = title;
  }

  public int number() {
    return number;
  }

  public String title() {
    return title;
  }

  public static MaturityLevel of(int number) {
    return Arrays.stream(values())
        .filter(level -> level.number == number)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No maturity level " + number));
  }
}
