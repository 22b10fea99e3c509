package io.leansuccess.bench;

import io.leansuccess.usecase.CriteriaAssessment;
import io.leansuccess.usecase.CriteriaGroup;
import io.leansuccess.usecase.KpiDefinition;
import io.leansuccess.usecase.ShortlistCandidate;
import io.leansuccess.usecase.UseCaseKind;
import java.util.EnumSet;
import java.util.Set;

/**
 * rules/UseCaseShortlisting.drl's shortlisting written by hand, with the same defaults: the floor
 * any rules engine is measured against. Not for the product: there the thresholds belong to the
 * rules a CS team edits.
 */
final class HandWrittenShortlisting {

  private static final int MINIMUM_PERSPECTIVES = 2;
  private static final int MINIMUM_COMPLETE_KPIS = 1;
  private static final int MATURITY_LEVELS_ABOVE_SEGMENT = 1;
  static final int GROUPS_TO_PASS = 2;

  private HandWrittenShortlisting() {}

  static CriteriaAssessment assess(ShortlistCandidate c) {
    if (c.kind() == UseCaseKind.PRE_EXISTING) {
      return CriteriaAssessment.captured(c.useCaseId());
    }
    Set<CriteriaGroup> passed = EnumSet.noneOf(CriteriaGroup.class);
    if (c.touchesCoreOperations() || c.perspectives().size() >= MINIMUM_PERSPECTIVES) {
      passed.add(CriteriaGroup.STRATEGIC);
    }
    if (c.kpis().stream().filter(KpiDefinition::complete).count() >= MINIMUM_COMPLETE_KPIS) {
      passed.add(CriteriaGroup.MEASURABLE);
    }
    if (c.valueQuantifiable()
        && c.resourcesAvailable()
        && c.stakeholdersIdentified()
        && c.requiredMaturityLevel() <= c.segmentMaturityLevel() + MATURITY_LEVELS_ABOVE_SEGMENT) {
      passed.add(CriteriaGroup.FEASIBLE);
    }
    return passed.size() >= GROUPS_TO_PASS
        ? CriteriaAssessment.shortlisted(c.useCaseId(), passed, GROUPS_TO_PASS)
        : CriteriaAssessment.notShortlisted(c.useCaseId(), passed, GROUPS_TO_PASS);
  }
}
