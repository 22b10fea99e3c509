package io.leansuccess.signal;

import java.util.Set;

/**
 * Published inside the transaction that stored new signals (not repeats), so that whatever depends
 * on signals (health) can note it in the same transaction without the signal feature knowing about
 * it.
 */
public record SignalsStored(Set<String> accountIds) {

  public SignalsStored {
    accountIds = Set.copyOf(accountIds);
  }
}
