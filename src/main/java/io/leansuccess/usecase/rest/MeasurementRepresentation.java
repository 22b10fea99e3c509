package io.leansuccess.usecase.rest;

import io.leansuccess.api.PlausibleDate;
import io.leansuccess.usecase.KpiMeasurement;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;

/** A KPI measurement as a survey tool or analytics sends it, under its own event id. */
@Schema(name = "KpiMeasurement")
public record MeasurementRepresentation(
    @Schema(description = "The sender's id of this event: sending it again stores nothing new")
        @NotBlank
        @Size(max = 128)
        String eventId,
    @NotBlank @Size(max = 64) String kpiId,
    @NotNull @Digits(integer = 15, fraction = 4) BigDecimal value,
    @Schema(description = "When it was measured; kept to the microsecond") @NotNull @PlausibleDate
        Instant measuredAt,
    @Schema(description = "Where it comes from, e.g. the survey or analytics tool") @Size(max = 64)
        String source) {

  static MeasurementRepresentation from(KpiMeasurement measurement) {
    return new MeasurementRepresentation(
        measurement.id(),
        measurement.kpiId(),
        UseCaseView.plain(measurement.value()),
        measurement.measuredAt(),
        measurement.source());
  }

  KpiMeasurement toMeasurement(String useCaseId) {
    return new KpiMeasurement(eventId, useCaseId, kpiId, value, measuredAt, source);
  }
}
