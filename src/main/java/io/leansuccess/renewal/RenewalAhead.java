package io.leansuccess.renewal;

/**
 * An account's next renewal, as {@code rules/RenewalReadiness.drl} sees it when deciding whether
 * readiness is due.
 *
 * @param daysToRenewal from today (UTC) to the renewal date
 */
public record RenewalAhead(String accountId, long daysToRenewal) {}
