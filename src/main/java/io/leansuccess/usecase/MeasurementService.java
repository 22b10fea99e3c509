package io.leansuccess.usecase;

import io.leansuccess.shared.ConflictException;
import io.leansuccess.shared.InvalidFieldException;
import io.leansuccess.shared.ResourceNotFoundException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.springframework.stereotype.Service;

/**
 * KPI measurements as surveys and analytics send them, each under the sender's event id: a retried
 * delivery is stored once, and the same id with another payload is refused.
 *
 * <p>Deliberately not one transaction: a duplicate event id is detected by the database refusing
 * the insert, and on PostgreSQL a refused statement would poison the rest of a transaction.
 */
@Service
public class MeasurementService {

  /** What a delivery did, which the API turns into 201 or 200. */
  public enum Outcome {
    STORED,
    ALREADY_STORED
  }

  public record Delivered(KpiMeasurement measurement, Outcome outcome) {}

  private final UseCaseRepository useCases;
  private final Clock clock;

  public MeasurementService(UseCaseRepository useCases, Clock clock) {
    this.useCases = useCases;
    this.clock = clock;
  }

  public Delivered deliver(KpiMeasurement delivered) {
    // the database keeps microseconds: compare and store what it can hold
    KpiMeasurement measurement =
        new KpiMeasurement(
            delivered.id(),
            delivered.useCaseId(),
            delivered.kpiId(),
            delivered.value(),
            delivered.measuredAt().truncatedTo(ChronoUnit.MICROS),
            delivered.source());
    UseCase useCase =
        useCases
            .find(measurement.useCaseId())
            .orElseThrow(() -> new ResourceNotFoundException("use case", measurement.useCaseId()));
    var earlier = useCases.findMeasurement(measurement.id());
    if (earlier.isPresent()) {
      return repeated(earlier.get(), measurement);
    }
    if (!useCase.status().acceptsMeasurements()) {
      throw new ConflictException(
          "Use case '"
              + useCase.id()
              + "' is "
              + useCase.status()
              + "; measurements for it are not stored");
    }
    if (!useCase.hasKpi(measurement.kpiId())) {
      throw new InvalidFieldException(
          "kpiId",
          "is not a KPI of use case '"
              + useCase.id()
              + "'; its KPIs: "
              + (useCase.kpis().isEmpty()
                  ? "none"
                  : String.join(", ", useCase.kpis().stream().map(Kpi::id).toList())));
    }
    if (!useCases.addMeasurement(measurement, clock.instant())) {
      // a concurrent delivery of the same event stored it between our read and our insert
      return repeated(useCases.findMeasurement(measurement.id()).orElseThrow(), measurement);
    }
    return new Delivered(measurement, Outcome.STORED);
  }

  private static Delivered repeated(KpiMeasurement stored, KpiMeasurement delivered) {
    if (!samePayload(stored, delivered)) {
      throw new ConflictException(
          "Event '"
              + delivered.id()
              + "' was stored before with another payload;"
              + " a new measurement needs a new event id");
    }
    return new Delivered(stored, Outcome.ALREADY_STORED);
  }

  private static boolean samePayload(KpiMeasurement stored, KpiMeasurement delivered) {
    return stored.useCaseId().equals(delivered.useCaseId())
        && stored.kpiId().equals(delivered.kpiId())
        && stored.value().compareTo(delivered.value()) == 0
        && stored.measuredAt().equals(delivered.measuredAt())
        && Objects.equals(stored.source(), delivered.source());
  }
}
