package io.leansuccess.decision;

import java.time.Instant;

/**
 * Which deployed DRL made a decision: enough to find the exact rules again in Cockpit or through
 * {@code /engine-rest/deployment/{deploymentId}/resources}, long after the rules have changed.
 */
public record RulesVersion(
    String decisionName,
    String deploymentId,
    String deploymentName,
    Instant deployedAt,
    String resourceName) {}
