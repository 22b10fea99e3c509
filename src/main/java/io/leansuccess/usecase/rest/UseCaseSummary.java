package io.leansuccess.usecase.rest;

import io.leansuccess.usecase.LibraryOrigin;
import io.leansuccess.usecase.UseCase;
import io.leansuccess.usecase.UseCaseKind;
import io.leansuccess.usecase.UseCaseStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;

/** A use case in a list: enough to pick one; {@code GET /use-cases/{id}} has the rest. */
@Schema(name = "UseCaseSummary")
public record UseCaseSummary(
    String id,
    String title,
    UseCaseKind kind,
    String segment,
    String owner,
    UseCaseStatus status,
    int iterations,
    int requiredMaturity,
    Integer surveyPriority,
    BigDecimal demonstrableValue,
    Instant createdAt,
    @Schema(description = "The library entry it was copied from; null when it was not")
        LibraryOrigin fromLibrary) {

  static UseCaseSummary from(UseCase useCase, LibraryOrigin fromLibrary) {
    return new UseCaseSummary(
        useCase.id(),
        useCase.title(),
        useCase.kind(),
        useCase.segmentKey(),
        useCase.owner(),
        useCase.status(),
        useCase.iterations(),
        useCase.requiredMaturity(),
        useCase.surveyPriority(),
        UseCaseView.plain(useCase.demonstrableValue()),
        useCase.createdAt(),
        fromLibrary);
  }
}
