package io.leansuccess.usecase.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.leansuccess.decision.rest.DecisionRepresentation;
import io.leansuccess.usecase.Kpi;
import io.leansuccess.usecase.KpiKind;
import io.leansuccess.usecase.KpiProgress;
import io.leansuccess.usecase.LibraryOrigin;
import io.leansuccess.usecase.MeasurementMethod;
import io.leansuccess.usecase.UseCase;
import io.leansuccess.usecase.UseCaseDetails;
import io.leansuccess.usecase.UseCaseKind;
import io.leansuccess.usecase.UseCaseStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A use case as the API shows it: its definition, where it stands, and the decisions about it. */
@Schema(name = "UseCase")
public record UseCaseView(
    String id,
    String accountId,
    String title,
    UseCaseKind kind,
    String segment,
    String owner,
    UseCaseRepresentation.Template template,
    List<KpiView> kpis,
    UseCaseRepresentation.Criteria criteria,
    int requiredMaturity,
    Integer surveyPriority,
    BigDecimal demonstrableValue,
    String executionDuration,
    UseCaseStatus status,
    @Schema(description = "How many times it went into a further cycle to iterate") int iterations,
    Instant createdAt,
    @Schema(
            description =
                "The use-case library entry it was copied from, why it was suggested and whether"
                    + " the launch put it in the first pipeline; null when it was not copied")
        LibraryOrigin fromLibrary,
    @Schema(
            description =
                "Automated decisions about it, oldest first; absent for an integration (docs/api.md)")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        List<DecisionRepresentation> decisions) {

  /** The use case without the rules' reasoning, for those who may not read it (Reasoning). */
  UseCaseView withoutReasoning() {
    return new UseCaseView(
        id,
        accountId,
        title,
        kind,
        segment,
        owner,
        template,
        kpis,
        criteria,
        requiredMaturity,
        surveyPriority,
        demonstrableValue,
        executionDuration,
        status,
        iterations,
        createdAt,
        fromLibrary,
        null);
  }

  /** A KPI with its latest measurement and how far it got from baseline to target. */
  @Schema(name = "Kpi")
  public record KpiView(
      String id,
      String name,
      String unit,
      BigDecimal baseline,
      BigDecimal target,
      MeasurementMethod method,
      KpiKind kind,
      @Schema(description = "Null while nothing was measured") BigDecimal latestValue,
      @Schema(
              description =
                  "Share of the way from baseline to target (0 at the baseline, 1 at the target);"
                      + " null while unmeasured or without baseline and target")
          Double progress,
      @Schema(
              description =
                  "Whether the latest value reached the target; null without baseline and target")
          Boolean met) {}

  static UseCaseView from(UseCaseDetails details) {
    UseCase useCase = details.useCase();
    return new UseCaseView(
        useCase.id(),
        useCase.accountId(),
        useCase.title(),
        useCase.kind(),
        useCase.segmentKey(),
        useCase.owner(),
        UseCaseRepresentation.Template.from(useCase.template()),
        useCase.kpis().stream().map(kpi -> kpiView(kpi, details)).toList(),
        UseCaseRepresentation.Criteria.from(useCase.answers()),
        useCase.requiredMaturity(),
        useCase.surveyPriority(),
        plain(useCase.demonstrableValue()),
        useCase.executionDuration(),
        useCase.status(),
        useCase.iterations(),
        useCase.createdAt(),
        details.fromLibrary(),
        details.decisions().stream().map(DecisionRepresentation::summary).toList());
  }

  private static KpiView kpiView(Kpi kpi, UseCaseDetails details) {
    KpiProgress progress = details.progressOf(kpi);
    return new KpiView(
        kpi.id(),
        kpi.name(),
        kpi.unit(),
        plain(kpi.baseline()),
        plain(kpi.target()),
        kpi.method(),
        kpi.kind(),
        plain(details.latestValues().get(kpi.id())),
        progress == null || !progress.measured() ? null : progress.progress(),
        progress == null ? null : progress.met());
  }

  /** As the client wrote it: the database's four decimals would show 10 as 10.0000. */
  public static BigDecimal plain(BigDecimal value) {
    if (value == null) {
      return null;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
