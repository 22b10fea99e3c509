package io.leansuccess.decision;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An automated decision as stored: what was decided about which subject, and why (the rules that
 * fired, the rules version, and the facts as the rules saw them).
 *
 * @param facts JSON array of the facts in working memory after firing, each {@code {type, value}}
 * @param policy the thresholds in force by policy type and field; empty for decisions stored before
 *     they were kept
 * @param explanation the verdict in the words of those thresholds ("2 of 3 groups needed; passed:
 *     strategic"), or null where the outcome and the policy say it all
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
    Instant decidedAt,
    Map<String, Map<String, Object>> policy,
    String explanation) {}
