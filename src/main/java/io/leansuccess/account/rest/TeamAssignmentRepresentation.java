package io.leansuccess.account.rest;

import io.leansuccess.account.Assignment;
import io.leansuccess.account.Ownership;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An account's team and owner as JSON; {@code owner} left out keeps the owner while the team stays,
 * and leaves the account to its new team until one is named when it changes.
 */
@Schema(name = "TeamAssignment")
public record TeamAssignmentRepresentation(
    @Schema(description = "A group of type team in the identity service")
        @NotNull
        @Size(min = 1, max = 64)
        String team,
    @Schema(description = "A member of that team, the account's CSM") @Size(min = 1, max = 64)
        String owner) {

  static TeamAssignmentRepresentation from(Ownership ownership) {
    return new TeamAssignmentRepresentation(ownership.team(), ownership.owner());
  }

  Assignment toAssignment() {
    return new Assignment(team, owner);
  }
}
