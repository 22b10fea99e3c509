package io.leansuccess.account;

/**
 * Whose account it is: its team, a group of the identity service, and its owner, the CSM, a member
 * of that team. An account the CRM has not assigned yet has neither.
 */
public record Ownership(String team, String owner) {

  public static final Ownership UNASSIGNED = new Ownership(null, null);

  public Ownership {
    if (team == null && owner != null) {
      throw new IllegalArgumentException("An owner needs a team: " + owner);
    }
  }

  public boolean assigned() {
    return team != null;
  }
}
