package io.leansuccess.signal.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.leansuccess.account.Account;
import io.leansuccess.account.Segment;
import io.leansuccess.api.PlausibleDate;
import io.leansuccess.api.Problem;
import io.leansuccess.signal.Signal;
import io.leansuccess.signal.SignalDescriptions;
import io.leansuccess.signal.SignalKind;
import io.leansuccess.signal.SignalReceipt;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A batch of signals for any accounts, and what became of each. */
final class SignalBatchRepresentation {

  private SignalBatchRepresentation() {}

  /**
   * The items are validated one by one, not here (no {@code @Valid} on them): one bad item is
   * rejected on its own while the others are taken.
   */
  @Schema(name = "SignalBatch")
  record Request(@NotEmpty List<@NotNull Item> items) {}

  @Schema(name = "SignalBatchItem")
  record Item(
      @Schema(
              description =
                  "The sender's id of this event: delivering it again is recognised as a repeat")
          @NotBlank
          @Size(max = 128)
          String eventId,
      @NotBlank @Pattern(regexp = Account.ID_PATTERN) String accountId,
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

    Signal toSignal() {
      return new Signal(eventId, accountId, kind, segmentKey, value, occurredAt, category, detail);
    }
  }

  @Schema(name = "SignalBatchResult")
  record Result(int stored, int repeated, int rejected, List<ItemResult> items) {

    static Result of(List<ItemResult> items) {
      return new Result(
          count(items, SignalReceipt.Status.STORED),
          count(items, SignalReceipt.Status.REPEATED),
          count(items, SignalReceipt.Status.REJECTED),
          items);
    }

    private static int count(List<ItemResult> items, SignalReceipt.Status status) {
      return (int) items.stream().filter(item -> item.status() == status).count();
    }
  }

  /**
   * @param problem why the item was rejected, its fields named from the body's root ({@code
   *     items[3].value})
   */
  @Schema(name = "SignalBatchItemResult")
  record ItemResult(
      int index,
      String eventId,
      SignalReceipt.Status status,
      @JsonInclude(JsonInclude.Include.NON_NULL) Problem problem) {}
}
