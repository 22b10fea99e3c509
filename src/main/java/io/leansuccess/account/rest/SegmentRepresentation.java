package io.leansuccess.account.rest;

import io.leansuccess.account.Segment;
import io.leansuccess.account.SegmentKind;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** A segment as JSON. */
@Schema(name = "Segment")
public record SegmentRepresentation(
    @NotNull @Pattern(regexp = Segment.KEY_PATTERN) String key,
    @NotNull SegmentKind kind,
    @NotBlank @Size(max = 255) String name,
    @NotNull @PositiveOrZero Integer licensedUsers) {

  static SegmentRepresentation from(Segment segment) {
    return new SegmentRepresentation(
        segment.key(), segment.kind(), segment.name(), segment.licensedUsers());
  }

  Segment toSegment() {
    return new Segment(key, kind, name, licensedUsers);
  }
}
