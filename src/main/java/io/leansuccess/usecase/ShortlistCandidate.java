package io.leansuccess.usecase;

import java.util.List;
import java.util.Set;

/**
 * What the shortlisting rules need to know about a use case in the pipeline. Maturity levels are 1
 * (Launch) to 5 (Advocacy); the segment's level is the one the use case would run in.
 */
public record ShortlistCandidate(
    String useCaseId,
    UseCaseKind kind,
    boolean touchesCoreOperations,
    Set<ScorecardPerspective> perspectives,
    List<KpiDefinition> kpis,
    boolean valueQuantifiable,
    boolean resourcesAvailable,
    boolean stakeholdersIdentified,
    int requiredMaturityLevel,
    int segmentMaturityLevel) {

  public ShortlistCandidate {
    perspectives = perspectives == null ? Set.of() : Set.copyOf(perspectives);
    kpis = kpis == null ? List.of() : List.copyOf(kpis);
  }

  /** How many of its KPIs have a baseline, a target and a measurement method. */
  public int completeKpis() {
    int complete = 0;
    for (KpiDefinition kpi : kpis) {
      if (kpi.complete()) {
        complete++;
      }
    }
    return complete;
  }
}
