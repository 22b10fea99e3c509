package io.leansuccess.cycle.rest;

import io.leansuccess.cycle.Vision;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A year's vision as JSON, in and out. {@code accountId} and {@code year} come from the path; a
 * client may send back what it read, but they must then equal the path's.
 */
@Schema(name = "Vision")
public record VisionRepresentation(
    @Schema(accessMode = Schema.AccessMode.READ_ONLY) String accountId,
    @Schema(accessMode = Schema.AccessMode.READ_ONLY) Integer year,
    @NotBlank @Size(max = 4000) String statement,
    @NotNull @Size(max = 50) List<@NotNull @Valid Objective> objectives) {

  /** An objective with its broad measure of success. */
  @Schema(name = "VisionObjective")
  public record Objective(
      @NotBlank @Size(max = 1000) String title, @NotBlank @Size(max = 1000) String measure) {}

  static VisionRepresentation from(Vision vision) {
    return new VisionRepresentation(
        vision.accountId(),
        vision.year(),
        vision.statement(),
        vision.objectives().stream()
            .map(objective -> new Objective(objective.title(), objective.measure()))
            .toList());
  }

  Vision toVision(String accountId, int year) {
    return new Vision(
        accountId,
        year,
        statement,
        objectives.stream()
            .map(objective -> new Vision.Objective(objective.title(), objective.measure()))
            .toList());
  }
}
