package io.leansuccess.usecase;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** The shortlisting outcome for one use case: which criteria groups it passed, and the verdict. */
public record CriteriaAssessment(
    String useCaseId, Set<CriteriaGroup> passedGroups, ShortlistVerdict verdict) {

  public CriteriaAssessment {
    // an EnumSet keeps the groups in the order a reader expects: strategic, measurable, feasible
    passedGroups =
        passedGroups.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(passedGroups));
  }

  public static CriteriaAssessment shortlisted(String useCaseId, Collection<CriteriaGroup> passed) {
    return new CriteriaAssessment(useCaseId, Set.copyOf(passed), ShortlistVerdict.SHORTLISTED);
  }

  public static CriteriaAssessment notShortlisted(String useCaseId, Collection<CriteriaGroup> passed) {
    return new CriteriaAssessment(useCaseId, Set.copyOf(passed), ShortlistVerdict.NOT_SHORTLISTED);
  }

  public static CriteriaAssessment captured(String useCaseId) {
    return new CriteriaAssessment(useCaseId, Set.of(), ShortlistVerdict.CAPTURED);
  }

  public boolean passed(CriteriaGroup group) {
    return passedGroups.contains(group);
  }
}
