package io.leansuccess.cycle;

import java.util.List;

/** The account's vision for a year, with its objectives and their broad measures of success. */
public record Vision(String accountId, int year, String statement, List<Objective> objectives) {

  public Vision {
    objectives = objectives == null ? List.of() : List.copyOf(objectives);
  }

  public record Objective(String title, String measure) {}
}
