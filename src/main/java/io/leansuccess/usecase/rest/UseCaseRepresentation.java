package io.leansuccess.usecase.rest;

import io.leansuccess.account.Account;
import io.leansuccess.usecase.Kpi;
import io.leansuccess.usecase.KpiKind;
import io.leansuccess.usecase.MeasurementMethod;
import io.leansuccess.usecase.ScorecardPerspective;
import io.leansuccess.usecase.ShortlistingAnswers;
import io.leansuccess.usecase.UseCase;
import io.leansuccess.usecase.UseCaseKind;
import io.leansuccess.usecase.UseCaseTemplate;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * A use case's one-page template as a client writes it. Only what the rules and the processes
 * cannot do without is required; the rest is filled in as the CSM learns it. Numbers have at most
 * four decimals, as stored.
 */
@Schema(name = "UseCaseDefinition")
public record UseCaseRepresentation(
    @Schema(description = "Optional on POST: a UUID is generated when absent")
        @Pattern(regexp = Account.ID_PATTERN)
        String id,
    @NotBlank @Size(max = 255) String title,
    @NotNull UseCaseKind kind,
    @Schema(description = "Key of one of the account's segments") @NotNull @Size(max = 64)
        String segment,
    @Schema(description = "The use-case leader") @Size(max = 255) String owner,
    @Valid Template template,
    @Size(max = 50) List<@NotNull @Valid KpiRepresentation> kpis,
    @Valid Criteria criteria,
    @NotNull @Min(1) @Max(5) Integer requiredMaturity,
    @Schema(description = "1 is the most wanted") @Min(1) Integer surveyPriority,
    @PositiveOrZero @Digits(integer = 15, fraction = 4) BigDecimal demonstrableValue,
    @Schema(description = "ISO-8601, P3M when absent") @Size(max = 32) String executionDuration) {

  /** The one-page template besides its KPIs. */
  @Schema(name = "UseCaseTemplate")
  public record Template(
      @Size(max = 4000) String challengesAndObjectives,
      @Size(max = 4000) String expectedOutcomes,
      @Size(max = 4000) String workflow,
      @Schema(description = "Change management, training") @Size(max = 4000)
          String successFactors) {

    public static Template from(UseCaseTemplate template) {
      return new Template(
          template.challengesAndObjectives(),
          template.expectedOutcomes(),
          template.workflow(),
          template.successFactors());
    }
  }

  /** A success criterion; a planned use case needs a target for each. */
  @Schema(name = "KpiDefinition")
  public record KpiRepresentation(
      @NotNull @Pattern(regexp = Account.ID_PATTERN) String id,
      @NotBlank @Size(max = 255) String name,
      @Size(max = 64) String unit,
      @Digits(integer = 15, fraction = 4) BigDecimal baseline,
      @Digits(integer = 15, fraction = 4) BigDecimal target,
      MeasurementMethod method,
      @NotNull KpiKind kind) {}

  /**
   * What the CSM answered for the three shortlisting criteria groups; what is left out counts as
   * no.
   */
  @Schema(name = "ShortlistingCriteria")
  public record Criteria(
      Boolean touchesCoreOperations,
      List<@NotNull ScorecardPerspective> perspectives,
      Boolean valueQuantifiable,
      Boolean resourcesAvailable,
      Boolean stakeholdersIdentified) {

    static Criteria from(ShortlistingAnswers answers) {
      return new Criteria(
          answers.touchesCoreOperations(),
          answers.perspectives().stream().sorted().toList(),
          answers.valueQuantifiable(),
          answers.resourcesAvailable(),
          answers.stakeholdersIdentified());
    }

    ShortlistingAnswers toAnswers() {
      return new ShortlistingAnswers(
          yes(touchesCoreOperations),
          perspectives == null ? null : Set.copyOf(perspectives),
          yes(valueQuantifiable),
          yes(resourcesAvailable),
          yes(stakeholdersIdentified));
    }

    private static boolean yes(Boolean answer) {
      return Boolean.TRUE.equals(answer);
    }
  }

  /** The draft the service checks and stores; status and history are the service's to set. */
  UseCase toUseCase(String accountId) {
    Template text = template == null ? new Template(null, null, null, null) : template;
    Criteria answers = criteria == null ? new Criteria(null, null, null, null, null) : criteria;
    List<Kpi> definedKpis =
        kpis == null
            ? List.of()
            : kpis.stream()
                .map(
                    kpi ->
                        new Kpi(
                            kpi.id(),
                            kpi.name(),
                            kpi.unit(),
                            kpi.baseline(),
                            kpi.target(),
                            kpi.method(),
                            kpi.kind()))
                .toList();
    return new UseCase(
        id,
        accountId,
        title,
        kind,
        segment,
        owner,
        new UseCaseTemplate(
            text.challengesAndObjectives(),
            text.expectedOutcomes(),
            text.workflow(),
            text.successFactors()),
        answers.toAnswers(),
        definedKpis,
        requiredMaturity,
        surveyPriority,
        demonstrableValue,
        executionDuration,
        null,
        0,
        null);
  }
}
