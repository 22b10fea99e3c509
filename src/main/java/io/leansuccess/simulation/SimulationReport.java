package io.leansuccess.simulation;

import io.leansuccess.decision.Decision;
import io.leansuccess.simulation.Simulation.DecisionSummary;
import io.leansuccess.simulation.Simulation.Difference;
import io.leansuccess.simulation.Simulation.ThresholdChange;
import io.leansuccess.simulation.Simulation.Transition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Adds up a simulation as its chunks come in: counts per decision, transitions, the differences
 * kept.
 */
class SimulationReport {

  private final Map<String, DecisionScenarios> decisions = new LinkedHashMap<>();
  private final Map<String, int[]> counts = new LinkedHashMap<>();
  private final Map<String, Map<List<String>, Integer>> transitions = new LinkedHashMap<>();
  private final Map<String, Set<ThresholdChange>> thresholds = new LinkedHashMap<>();
  private final Map<String, Set<String>> versions = new LinkedHashMap<>();
  private final Map<String, Map<String, Set<String>>> consequences = new LinkedHashMap<>();
  private final List<Difference> differences = new ArrayList<>();
  private final int maximumDifferences;
  private int accountsEvaluated;
  private int changed;

  SimulationReport(List<DecisionScenarios> covered, int maximumDifferences) {
    covered.forEach(
        decision -> {
          decisions.put(decision.decisionName(), decision);
          counts.put(decision.decisionName(), new int[2]);
          transitions.put(decision.decisionName(), new LinkedHashMap<>());
          thresholds.put(decision.decisionName(), new LinkedHashSet<>());
          versions.put(decision.decisionName(), new TreeSet<>());
          consequences.put(decision.decisionName(), new LinkedHashMap<>());
        });
    this.maximumDifferences = maximumDifferences;
  }

  void accountsEvaluated(int count) {
    accountsEvaluated += count;
  }

  void evaluated(String decisionName, Decision deployed, Decision candidate) {
    counts.get(decisionName)[0]++;
    versions.get(decisionName).add(deployed.rulesVersion().deploymentId());
    thresholds.get(decisionName).addAll(thresholdChanges(deployed, candidate));
  }

  void differs(Difference difference, String consequence) {
    counts.get(difference.decisionName())[1]++;
    changed++;
    transitions
        .get(difference.decisionName())
        .merge(List.of(difference.from(), difference.to()), 1, Integer::sum);
    if (consequence != null) {
      consequences
          .get(difference.decisionName())
          .computeIfAbsent(consequence, c -> new TreeSet<>())
          .add(difference.accountId());
    }
    if (differences.size() < maximumDifferences) {
      differences.add(difference);
    }
  }

  /** The policy values that differ between the two decisions, field by field. */
  static List<ThresholdChange> thresholdChanges(Decision deployed, Decision candidate) {
    List<ThresholdChange> changes = new ArrayList<>();
    Set<String> policies = new TreeSet<>(deployed.policies().keySet());
    policies.addAll(candidate.policies().keySet());
    for (String policy : policies) {
      Map<String, Object> before = deployed.policies().getOrDefault(policy, Map.of());
      Map<String, Object> after = candidate.policies().getOrDefault(policy, Map.of());
      Set<String> fields = new LinkedHashSet<>(before.keySet());
      fields.addAll(after.keySet());
      for (String field : fields) {
        if (!Objects.equals(before.get(field), after.get(field))) {
          changes.add(new ThresholdChange(policy, field, before.get(field), after.get(field)));
        }
      }
    }
    return changes;
  }

  Simulation toSimulation(String id, Instant at, String requestedBy, List<String> files) {
    List<DecisionSummary> summaries = new ArrayList<>();
    List<String> headlines = new ArrayList<>();
    decisions.forEach(
        (name, decision) -> {
          List<Transition> moves =
              transitions.get(name).entrySet().stream()
                  .map(
                      entry ->
                          new Transition(
                              entry.getKey().get(0), entry.getKey().get(1), entry.getValue()))
                  .sorted(
                      Comparator.comparingInt(Transition::count)
                          .reversed()
                          .thenComparing(Transition::from)
                          .thenComparing(Transition::to))
                  .toList();
          moves.forEach(
              move ->
                  headlines.add(
                      count(move.count(), decision.subjects())
                          + (move.count() == 1 ? " goes" : " go")
                          + " from "
                          + move.from()
                          + " to "
                          + move.to()));
          consequences
              .get(name)
              .forEach(
                  (consequence, accounts) ->
                      headlines.add(
                          capitalised(consequence) + " for " + count(accounts.size(), "accounts")));
          summaries.add(
              new DecisionSummary(
                  name,
                  decision.subjects(),
                  counts.get(name)[0],
                  counts.get(name)[1],
                  moves,
                  List.copyOf(thresholds.get(name)),
                  List.copyOf(versions.get(name))));
        });
    if (changed == 0) {
      headlines.add("Nothing would be decided differently");
    }
    List<Difference> sorted =
        differences.stream()
            .sorted(
                Comparator.comparing(Difference::decisionName)
                    .thenComparing(Difference::accountId)
                    .thenComparing(Difference::subjectId))
            .toList();
    return new Simulation(
        id,
        at,
        requestedBy,
        files,
        new Simulation.Summary(accountsEvaluated, changed, headlines, summaries, sorted.size()),
        sorted);
  }

  /** "1 account", "3 use cases". */
  private static String count(int count, String plural) {
    return count + " " + (count == 1 ? plural.substring(0, plural.length() - 1) : plural);
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
