package io.leansuccess.simulation;

import java.time.Instant;
import java.util.List;

/**
 * The answer to "what would these candidate rules change?": a summary first, then every subject
 * that would be decided differently.
 *
 * @param requestedBy who asked
 * @param files the candidate DRL files simulated, by resource name
 */
public record Simulation(
    String id,
    Instant simulatedAt,
    String requestedBy,
    List<String> files,
    Summary summary,
    List<Difference> differences) {

  /**
   * @param headlines sentences a CS leader reads first: "2 accounts go from AMBER to AMBER (a
   *     get-well plan opens)"
   * @param differencesKept how many differences can be paged through; fewer than {@code changed}
   *     when capped
   */
  public record Summary(
      int accountsEvaluated,
      int changed,
      List<String> headlines,
      List<DecisionSummary> decisions,
      int differencesKept) {}

  /** One decision's part of the answer. */
  public record DecisionSummary(
      String decisionName,
      String subjects,
      int evaluated,
      int changed,
      List<Transition> transitions,
      List<ThresholdChange> thresholdChanges,
      List<String> deployedVersions) {}

  /** How many subjects move from one verdict to another. */
  public record Transition(String from, String to, int count) {}

  /** A policy value that differs between the deployed and the candidate rules. */
  public record ThresholdChange(String policy, String field, Object deployed, Object candidate) {}

  /**
   * One subject decided differently.
   *
   * @param rulesNoLongerFiring rules of the deployed version that fired and do not with the
   *     candidate
   * @param rulesNowFiring rules of the candidate that fire and did not with the deployed version
   */
  public record Difference(
      String decisionName,
      String accountId,
      String accountName,
      String segment,
      String subjectType,
      String subjectId,
      String subjectName,
      String from,
      String to,
      List<String> rulesNoLongerFiring,
      List<String> rulesNowFiring,
      List<ThresholdChange> thresholdChanges) {}
}
