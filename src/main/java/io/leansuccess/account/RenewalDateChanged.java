package io.leansuccess.account;

import java.time.LocalDate;

/**
 * An account's renewal date is new (a new account) or changed; published in the transaction that
 * wrote it.
 *
 * @param before null for a new account
 */
public record RenewalDateChanged(String accountId, LocalDate before, LocalDate after) {}
