package io.leansuccess.library.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.leansuccess.account.SegmentKind;
import io.leansuccess.library.LibraryEntry;
import io.leansuccess.usecase.KpiKind;
import io.leansuccess.usecase.MeasurementMethod;
import io.leansuccess.usecase.StoryShareScope;
import io.leansuccess.usecase.rest.UseCaseRepresentation;
import io.leansuccess.usecase.rest.UseCaseView;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A library entry in the API: its card, outcome and KPIs before and after. An anonymised entry has
 * no account, use case or owner.
 */
@Schema(name = "LibraryEntry")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LibraryEntryView(
    String id,
    @Schema(description = "INTERNAL: those who see the account; ANONYMISED: every CS team")
        StoryShareScope shareScope,
    String title,
    String industry,
    @Schema(description = "The size band of the account's ARR at signing") String sizeBand,
    SegmentKind segmentKind,
    String accountId,
    String accountName,
    String useCaseId,
    String owner,
    UseCaseRepresentation.Template template,
    int requiredMaturity,
    OutcomeView outcome,
    @Schema(
            description =
                "Each KPI before (its baseline), after (its latest measurement) and its target")
        List<KpiResultView> kpis) {

  /** What the use case achieved. */
  @Schema(name = "LibraryEntryOutcome")
  public record OutcomeView(
      Instant adoptedAt, Integer adoptedAtLevel, boolean valueKpisMet, Instant storySharedAt) {}

  /** A KPI before and after, with its target; numbers as written. */
  @Schema(name = "LibraryEntryKpi")
  public record KpiResultView(
      String name,
      String unit,
      KpiKind kind,
      MeasurementMethod method,
      BigDecimal before,
      BigDecimal after,
      BigDecimal target) {}

  static LibraryEntryView from(LibraryEntry entry) {
    return new LibraryEntryView(
        entry.id(),
        entry.shareScope(),
        entry.title(),
        entry.industry(),
        entry.sizeBand(),
        entry.segmentKind(),
        entry.accountId(),
        entry.accountName(),
        entry.useCaseId(),
        entry.owner(),
        UseCaseRepresentation.Template.from(entry.template()),
        entry.requiredMaturity(),
        new OutcomeView(
            entry.outcome().adoptedAt(),
            entry.outcome().adoptedAtLevel(),
            entry.outcome().valueKpisMet(),
            entry.outcome().storySharedAt()),
        entry.kpis().stream()
            .map(
                kpi ->
                    new KpiResultView(
                        kpi.name(),
                        kpi.unit(),
                        kpi.kind(),
                        kpi.method(),
                        UseCaseView.plain(kpi.before()),
                        UseCaseView.plain(kpi.after()),
                        UseCaseView.plain(kpi.target())))
            .toList());
  }
}
