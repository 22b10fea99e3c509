package io.leansuccess.usecase;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * "A set of interactions between a user and a system to attain a particular result": the currency
 * of success. Planned ones go through shortlisting; pre-existing ones are captured.
 *
 * @param executionDuration ISO-8601 duration of its execution, {@code P3M} by default
 * @param iterations how many times it has already gone into a further cycle to iterate
 */
public record UseCase(
    String id,
    String accountId,
    String title,
    UseCaseKind kind,
    String segmentKey,
    String owner,
    UseCaseTemplate template,
    ShortlistingAnswers answers,
    List<Kpi> kpis,
    int requiredMaturity,
    Integer surveyPriority,
    BigDecimal demonstrableValue,
    String executionDuration,
    UseCaseStatus status,
    int iterations,
    Instant createdAt) {

  public UseCase {
    kpis = kpis == null ? List.of() : List.copyOf(kpis);
  }

  public ShortlistCandidate toShortlistCandidate(int segmentMaturityLevel) {
    return new ShortlistCandidate(
        id,
        kind,
        answers.touchesCoreOperations(),
        answers.perspectives(),
        kpis.stream().map(Kpi::toDefinition).toList(),
        answers.valueQuantifiable(),
        answers.resourcesAvailable(),
        answers.stakeholdersIdentified(),
        requiredMaturity,
        segmentMaturityLevel);
  }

  public UseCase withStatus(UseCaseStatus newStatus) {
    return new UseCase(
        id,
        accountId,
        title,
        kind,
        segmentKey,
        owner,
        template,
        answers,
        kpis,
        requiredMaturity,
        surveyPriority,
        demonstrableValue,
        executionDuration,
        newStatus,
        iterations,
        createdAt);
  }

  public boolean hasKpi(String kpiId) {
    return kpis.stream().anyMatch(kpi -> kpi.id().equals(kpiId));
  }
}
