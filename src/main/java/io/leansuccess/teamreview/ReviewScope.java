package io.leansuccess.teamreview;

import io.leansuccess.cycle.Quarter;
import java.util.Objects;

/**
 * Whose territory a review covers: a team's accounts, or only those one CSM of the team owns, in a
 * quarter; the account the CSM picked for the deep dive (null: none yet); and how far ahead the
 * revenue section looks for renewals.
 */
public record ReviewScope(
    String team, String csm, Quarter quarter, String deepDiveAccount, int renewalWindowDays) {

  public ReviewScope {
    Objects.requireNonNull(team, "team");
    Objects.requireNonNull(quarter, "quarter");
    csm = csm == null || csm.isBlank() ? null : csm;
    deepDiveAccount = deepDiveAccount == null || deepDiveAccount.isBlank() ? null : deepDiveAccount;
  }
}
