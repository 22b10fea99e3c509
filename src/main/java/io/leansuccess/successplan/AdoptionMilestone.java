package io.leansuccess.successplan;

/**
 * Points on the way to adoption that the success plan gives an expected date for, in the order
 * reached.
 */
public enum AdoptionMilestone {
  USAGE("Maturity level 2, Usage: enough licensed users active"),
  FIRST_ADOPTED_USE_CASE("First use case adopted: every KPI met"),
  PROFICIENCY("Maturity level 3, Proficiency: use cases adopted and users proficient");

  private final String title;

  AdoptionMilestone(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }
}
