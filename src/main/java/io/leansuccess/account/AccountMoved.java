package io.leansuccess.account;

/** An account changed team or owner; published in the transaction that changed it. */
public record AccountMoved(String accountId, Ownership before, Ownership after) {

  public boolean teamChanged() {
    return !java.util.Objects.equals(before.team(), after.team());
  }
}
