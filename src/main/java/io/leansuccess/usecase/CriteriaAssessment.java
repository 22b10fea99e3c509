package io.leansuccess.usecase;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The shortlisting outcome for one use case: which criteria groups it passed, how many the rules in
 * force asked for, and the verdict.
 *
 * @param groupsNeeded the policy's {@code criteriaGroupsToPass} when judged; 0 for a captured use
 *     case
 */
public record CriteriaAssessment(
    String useCaseId, Set<CriteriaGroup> passedGroups, int groupsNeeded, ShortlistVerdict verdict) {

  public CriteriaAssessment {
    // an EnumSet keeps the groups in the order a reader expects: strategic, measurable, feasible
    passedGroups =
        passedGroups.isEmpty()
            ? Set.of()
            : Collections.unmodifiableSet(EnumSet.copyOf(passedGroups));
  }

  public static CriteriaAssessment shortlisted(
      String useCaseId, Collection<CriteriaGroup> passed, int needed) {
    return new CriteriaAssessment(
        useCaseId, Set.copyOf(passed), needed, ShortlistVerdict.SHORTLISTED);
  }

  public static CriteriaAssessment notShortlisted(
      String useCaseId, Collection<CriteriaGroup> passed, int needed) {
    return new CriteriaAssessment(
        useCaseId, Set.copyOf(passed), needed, ShortlistVerdict.NOT_SHORTLISTED);
  }

  public static CriteriaAssessment captured(String useCaseId) {
    return new CriteriaAssessment(useCaseId, Set.of(), 0, ShortlistVerdict.CAPTURED);
  }

  public boolean passed(CriteriaGroup group) {
    return passedGroups.contains(group);
  }

  /**
   * The verdict in the words of the thresholds it was judged by: "2 of 3 groups needed; passed:
   * strategic, measurable".
   */
  public String explanation() {
    if (verdict == ShortlistVerdict.CAPTURED) {
      return "Pre-existing: captured and shared, not shortlisted";
    }
    String passed =
        passedGroups.isEmpty()
            ? "none"
            : passedGroups.stream()
                .map(group -> group.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    return groupsNeeded
        + " of "
        + CriteriaGroup.values().length
        + " groups needed; passed: "
        + passed;
  }
}
