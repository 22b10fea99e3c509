package io.leansuccess.successplan;

import java.time.LocalDate;
import java.util.List;

/**
 * When the customer can expect to reach each milestone, and what the expectation rests on: the
 * median of similar accounts (same size band and industry) or, with too few of those, our default.
 *
 * @param similarAccounts how many similar accounts with a contract there are
 */
public record AdoptionTimeline(
    String sizeBand, String industry, int similarAccounts, List<Milestone> milestones) {

  public AdoptionTimeline {
    milestones = List.copyOf(milestones);
  }

  public enum Basis {
    SIMILAR_ACCOUNTS,
    DEFAULT
  }

  /**
   * @param days from signing
   * @param sample how many similar accounts reached the milestone (the median's sample)
   */
  public record Milestone(
      AdoptionMilestone milestone,
      String title,
      long days,
      LocalDate expectedBy,
      Basis basis,
      int sample) {}
}
