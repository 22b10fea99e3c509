package io.leansuccess.account;

import io.leansuccess.shared.InvalidFieldException;
import java.util.Objects;

/**
 * A team and an owner asked for, either left out to keep the stored one. The team must be a team of
 * the identity service and the owner one of its members; a new team without an owner leaves the
 * account to the team until one is named.
 */
public record Assignment(String team, String owner) {

  public static final Assignment KEEP = new Assignment(null, null);

  /**
   * What the account's ownership becomes: 400 naming {@code team} or {@code owner} if it cannot be
   * so.
   */
  Ownership applyTo(Ownership stored, Teams teams) {
    String newTeam = team != null ? team : stored.team();
    String newOwner =
        owner != null ? owner : Objects.equals(newTeam, stored.team()) ? stored.owner() : null;
    if (team != null && !teams.exists(team)) {
      throw new InvalidFieldException(
          "team", "is not a team of the identity service: '" + team + "'");
    }
    if (owner != null && newTeam == null) {
      throw new InvalidFieldException("owner", "needs a team: the account has none");
    }
    if (owner != null && !teams.isMember(owner, newTeam)) {
      throw new InvalidFieldException(
          "owner", "is not a member of team '" + newTeam + "': '" + owner + "'");
    }
    return new Ownership(newTeam, newOwner);
  }
}
