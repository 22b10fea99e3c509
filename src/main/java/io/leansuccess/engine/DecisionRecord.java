package io.leansuccess.engine;

import java.time.Instant;
import java.util.List;

/**
 * An automated decision as stored: what was decided about which subject, and why (the rules
 * that fired, the rules version, and the facts as the rules saw them).
 *
 * @param facts JSON array of the facts in working memory after firing, each {@code {type, value}}
 */
public record DecisionRecord(
    String id,
    String accountId,
    String cycleId,
    String decisionName,
    String subjectType,
    String subjectId,
    String outcome,
    List<String> firedRules,
    String rulesDeploymentId,
    String rulesResource,
    String facts,
    Instant decidedAt) {}
