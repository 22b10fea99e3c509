package io.leansuccess.signal.rest;

import io.leansuccess.account.Segment;
import io.leansuccess.api.PlausibleDate;
import io.leansuccess.signal.Signal;
import io.leansuccess.signal.SignalDescriptions;
import io.leansuccess.signal.SignalKind;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;

/** A signal as JSON, in and out; the account is the one in the path. */
@Schema(name = "Signal")
public record SignalRepresentation(
    @Schema(
            description =
                "The sender's id of this event: delivering it again is recognised as a repeat")
        @NotBlank
        @Size(max = 128)
        String eventId,
    @NotNull SignalKind kind,
    @Schema(
            description =
                "Required for per-segment kinds (ACTIVE_USERS), absent for account-wide ones")
        @Pattern(regexp = Segment.KEY_PATTERN)
        String segmentKey,
    @Schema(description = SignalDescriptions.VALUE) BigDecimal value,
    @NotNull @PlausibleDate Instant occurredAt,
    @Schema(description = SignalDescriptions.CATEGORY) @Size(max = 32) String category,
    @Schema(description = SignalDescriptions.DETAIL) @Size(max = 255) String detail) {

  static SignalRepresentation from(Signal signal) {
    return new SignalRepresentation(
        signal.eventId(),
        signal.kind(),
        signal.segmentKey(),
        signal.value(),
        signal.occurredAt(),
        signal.category(),
        signal.detail());
  }

  Signal toSignal(String accountId) {
    return new Signal(eventId, accountId, kind, segmentKey, value, occurredAt, category, detail);
  }
}
