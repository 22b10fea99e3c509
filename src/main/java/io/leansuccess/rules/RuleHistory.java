package io.leansuccess.rules;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import io.leansuccess.decision.DecisionService;
import io.leansuccess.decision.RulesVersion;
import io.leansuccess.rules.drools.DeployedRules;
import io.leansuccess.rules.drools.RuleSetTable;
import io.leansuccess.rules.drools.RulesOrigin;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Every rules version ever deployed: who deployed it, when and from where, which decisions it
 * holds, and what changed between two of them. A version is a Camunda deployment holding DRL; its
 * DRL text is kept with it, so a deployment deleted from Camunda's repository can still be
 * compared.
 */
@Service
public class RuleHistory {

  /** Lines of context around each change, as {@code diff -u} gives. */
  static final int CONTEXT_LINES = 3;

  /**
   * One rules version.
   *
   * @param deployedBy the user who deployed, null when the engine itself did (start-up)
   * @param origin null for versions recorded before origins were kept
   * @param deploymentName null once the deployment is deleted from Camunda's repository
   * @param available whether the deployment still exists in Camunda's repository
   */
  public record Version(
      String deploymentId,
      String deploymentName,
      Instant deployedAt,
      String deployedBy,
      RulesOrigin origin,
      boolean available,
      List<VersionedDecision> decisions) {}

  /**
   * @param live whether the next evaluation of the decision uses this version
   */
  public record VersionedDecision(String decisionName, String resource, boolean live) {}

  public enum Change {
    ADDED,
    REMOVED,
    CHANGED,
    UNCHANGED
  }

  /**
   * @param unifiedDiff empty when unchanged, or when a side's text was not kept (versions from
   *     before)
   */
  public record FileDiff(
      String decisionName,
      String fromResource,
      String toResource,
      Change change,
      String unifiedDiff) {}

  private final RuleSetTable table;
  private final DeployedRules repository;
  private final DecisionService decisions;

  RuleHistory(RuleSetTable table, DeployedRules repository, DecisionService decisions) {
    this.table = table;
    this.repository = repository;
    this.decisions = decisions;
  }

  /** Every version, newest first; with a decision name, the versions holding that decision. */
  public List<Version> versions(String decisionName) {
    List<RuleSetTable.HistoryRow> rows = table.history();
    Map<String, String> names =
        repository.existingDeploymentNames(
            rows.stream().map(row -> row.row().deploymentId()).toList());
    Set<String> live =
        decisions.deployedDecisions().stream()
            .map(version -> version.deploymentId() + "/" + version.decisionName())
            .collect(Collectors.toSet());
    Map<String, List<RuleSetTable.HistoryRow>> byDeployment = new LinkedHashMap<>();
    rows.forEach(
        row ->
            byDeployment
                .computeIfAbsent(row.row().deploymentId(), id -> new ArrayList<>())
                .add(row));
    List<Version> versions = new ArrayList<>();
    byDeployment.forEach(
        (deploymentId, ofDeployment) -> {
          RuleSetTable.HistoryRow first = ofDeployment.get(0);
          List<VersionedDecision> held =
              ofDeployment.stream()
                  .map(
                      row ->
                          new VersionedDecision(
                              row.row().decisionName(),
                              row.row().resourceName(),
                              live.contains(deploymentId + "/" + row.row().decisionName())))
                  .toList();
          if (decisionName == null
              || held.stream().anyMatch(d -> d.decisionName().equals(decisionName))) {
            versions.add(
                new Version(
                    deploymentId,
                    names.get(deploymentId),
                    first.row().deployedAt(),
                    first.deployedBy(),
                    first.origin(),
                    names.containsKey(deploymentId),
                    held));
          }
        });
    return versions;
  }

  public Optional<Version> version(String deploymentId) {
    return versions(null).stream()
        .filter(version -> version.deploymentId().equals(deploymentId))
        .findFirst();
  }

  /**
   * What changed from one version to another, one file per decision held by either.
   *
   * @return empty when either version is unknown
   */
  public Optional<List<FileDiff>> diff(String fromDeploymentId, String toDeploymentId) {
    Optional<Version> from = version(fromDeploymentId);
    Optional<Version> to = version(toDeploymentId);
    if (from.isEmpty() || to.isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> fromText = texts(from.get());
    Map<String, String> toText = texts(to.get());
    Set<String> decisionNames = new TreeSet<>(resources(from.get()).keySet());
    decisionNames.addAll(resources(to.get()).keySet());
    List<FileDiff> files = new ArrayList<>();
    for (String name : decisionNames) {
      String fromResource = resources(from.get()).get(name);
      String toResource = resources(to.get()).get(name);
      files.add(fileDiff(name, fromResource, fromText.get(name), toResource, toText.get(name)));
    }
    return Optional.of(files);
  }

  private static FileDiff fileDiff(
      String name, String fromResource, String fromText, String toResource, String toText) {
    Change change =
        fromResource == null
            ? Change.ADDED
            : toResource == null
                ? Change.REMOVED
                : Objects.equals(fromText, toText) ? Change.UNCHANGED : Change.CHANGED;
    boolean comparable =
        (fromResource == null || fromText != null) && (toResource == null || toText != null);
    if (change == Change.UNCHANGED || !comparable) {
      return new FileDiff(name, fromResource, toResource, change, "");
    }
    List<String> before = lines(fromText);
    List<String> after = lines(toText);
    List<String> unified =
        UnifiedDiffUtils.generateUnifiedDiff(
            fromResource == null ? "/dev/null" : "a/" + fromResource,
            toResource == null ? "/dev/null" : "b/" + toResource,
            before,
            DiffUtils.diff(before, after),
            CONTEXT_LINES);
    return new FileDiff(name, fromResource, toResource, change, String.join("\n", unified) + "\n");
  }

  private static List<String> lines(String text) {
    return text == null ? List.of() : text.lines().toList();
  }

  private static Map<String, String> resources(Version version) {
    Map<String, String> resources = new LinkedHashMap<>();
    version
        .decisions()
        .forEach(decision -> resources.put(decision.decisionName(), decision.resource()));
    return resources;
  }

  /** The kept DRL, or Camunda's copy for versions recorded before the text was kept. */
  private Map<String, String> texts(Version version) {
    Map<String, String> texts = new LinkedHashMap<>(table.drlOf(version.deploymentId()));
    for (VersionedDecision decision : version.decisions()) {
      if (texts.get(decision.decisionName()) == null && version.available()) {
        texts.put(
            decision.decisionName(),
            repository.drlOf(
                new RulesVersion(
                    decision.decisionName(),
                    version.deploymentId(),
                    version.deploymentName(),
                    version.deployedAt(),
                    decision.resource())));
      }
    }
    return texts;
  }
}
