package io.leansuccess.usecase;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Test data for shortlisting. A fresh candidate is planned and passes no criteria group; each
 * {@code passing...} method makes exactly one group pass, so a test states only what matters.
 */
final class ShortlistCandidateBuilder {

  private static int sequence;

  private String useCaseId = "use-case-" + (++sequence);
  private UseCaseKind kind = UseCaseKind.PLANNED;
  private boolean touchesCoreOperations;
  private final Set<ScorecardPerspective> perspectives = EnumSet.noneOf(ScorecardPerspective.class);
  private final List<KpiDefinition> kpis = new ArrayList<>();
  private boolean valueQuantifiable;
  private boolean resourcesAvailable;
  private boolean stakeholdersIdentified;
  private int requiredMaturityLevel = 5;
  private int segmentMaturityLevel = 1;

  static ShortlistCandidateBuilder aPlannedUseCase() {
    return new ShortlistCandidateBuilder();
  }

  static ShortlistCandidateBuilder aPreExistingUseCase() {
    ShortlistCandidateBuilder builder = new ShortlistCandidateBuilder();
    builder.kind = UseCaseKind.PRE_EXISTING;
    return builder;
  }

  ShortlistCandidateBuilder passingStrategic() {
    return touchingCoreOperations();
  }

  ShortlistCandidateBuilder passingMeasurable() {
    return withKpi(
        new KpiDefinition("weekly active users", 120.0, 400.0, MeasurementMethod.ANALYTICS));
  }

  ShortlistCandidateBuilder passingFeasible() {
    return withValueQuantifiable()
        .withResourcesAvailable()
        .withStakeholdersIdentified()
        .requiringMaturityLevel(2)
        .inSegmentAtMaturityLevel(2);
  }

  ShortlistCandidateBuilder touchingCoreOperations() {
    touchesCoreOperations = true;
    return this;
  }

  ShortlistCandidateBuilder impacting(ScorecardPerspective... impacted) {
    perspectives.addAll(List.of(impacted));
    return this;
  }

  ShortlistCandidateBuilder withKpi(KpiDefinition kpi) {
    kpis.add(kpi);
    return this;
  }

  ShortlistCandidateBuilder withValueQuantifiable() {
    valueQuantifiable = true;
    return this;
  }

  ShortlistCandidateBuilder withResourcesAvailable() {
    resourcesAvailable = true;
    return this;
  }

  ShortlistCandidateBuilder withoutResources() {
    resourcesAvailable = false;
    return this;
  }

  ShortlistCandidateBuilder withStakeholdersIdentified() {
    stakeholdersIdentified = true;
    return this;
  }

  ShortlistCandidateBuilder requiringMaturityLevel(int level) {
    requiredMaturityLevel = level;
    return this;
  }

  ShortlistCandidateBuilder inSegmentAtMaturityLevel(int level) {
    segmentMaturityLevel = level;
    return this;
  }

  ShortlistCandidate build() {
    return new ShortlistCandidate(
        useCaseId,
        kind,
        touchesCoreOperations,
        perspectives,
        kpis,
        valueQuantifiable,
        resourcesAvailable,
        stakeholdersIdentified,
        requiredMaturityLevel,
        segmentMaturityLevel);
  }
}
