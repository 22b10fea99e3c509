package io.leansuccess.account.rest;

import io.leansuccess.account.Account;
import io.leansuccess.account.Assignment;
import io.leansuccess.account.Ownership;
import io.leansuccess.account.Segment;
import io.leansuccess.api.PlausibleDate;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An account as JSON, in and out. {@code segments} may be left out for an account without any;
 * {@code team} and {@code owner} to keep the stored ones (a new account then joins the default
 * team).
 */
@Schema(name = "Account")
public record AccountRepresentation(
    @NotNull @Pattern(regexp = Account.ID_PATTERN) String id,
    @NotBlank @Size(max = 255) String name,
    @Size(max = 255) String industry,
    @NotNull @PositiveOrZero @Digits(integer = 17, fraction = Account.ARR_SCALE)
        BigDecimal arrAtSigning,
    @NotNull @PositiveOrZero @Digits(integer = 17, fraction = Account.ARR_SCALE) BigDecimal arrNow,
    @NotNull @PlausibleDate LocalDate renewalDate,
    @UniqueSegmentKeys List<@NotNull @Valid SegmentRepresentation> segments,
    @Schema(
            description =
                "The team that owns the account: a group of type team in the identity service")
        @Size(min = 1, max = 64)
        String team,
    @Schema(description = "The account's CSM: a member of its team") @Size(min = 1, max = 64)
        String owner) {

  static AccountRepresentation from(Account account, Ownership ownership) {
    return new AccountRepresentation(
        account.id(),
        account.name(),
        account.industry(),
        account.arrAtSigning(),
        account.arrNow(),
        account.renewalDate(),
        account.segments().stream().map(SegmentRepresentation::from).toList(),
        ownership.team(),
        ownership.owner());
  }

  Assignment assignment() {
    return new Assignment(team, owner);
  }

  Account toAccount() {
    List<Segment> parts =
        segments == null
            ? List.of()
            : segments.stream().map(SegmentRepresentation::toSegment).toList();
    return new Account(id, name, industry, arrAtSigning, arrNow, renewalDate, parts);
  }
}
