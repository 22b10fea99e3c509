package io.leansuccess.renewal;

/**
 * An account whose readiness task is open, as {@code rules/RenewalReadiness.drl} judges it.
 *
 * @param healthColour {@code GREEN}, {@code AMBER} or {@code RED}; null before the first health
 *     evaluation
 * @param unansweredQuestions how many of the brief's questions neither the data nor the CSM
 *     answered
 */
public record ReadinessFacts(
    String accountId,
    long daysToRenewal,
    String healthColour,
    boolean openGetWellPlan,
    int unansweredQuestions) {}
