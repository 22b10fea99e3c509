package io.leansuccess.health;

import java.time.Duration;

/**
 * One step of a health run done: which run, how many accounts it judged, how many of them it
 * escalated or found recovered, how many it could not judge (logged as {@code HEALTH-FAILED}), and
 * how long the step took. Published for the operations metrics.
 *
 * @param run {@code nightly}, {@code due} (accounts with new signals) or {@code single} (one
 *     account on request)
 */
public record HealthEvaluated(
    String run, int accounts, int escalated, int recovered, int failed, Duration took) {}
