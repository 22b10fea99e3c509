package io.leansuccess.rules.drools;

import io.leansuccess.decision.Decision;
import io.leansuccess.decision.DecisionService;
import io.leansuccess.decision.RulesAsOf;
import io.leansuccess.decision.RulesVersion;
import io.leansuccess.decision.UnknownDecisionException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Decisions are the deployed DRL of their name, compiled once and fired in a fresh session per
 * call: the newest version deployed by the moment {@link RulesAsOf} gives (a running process's
 * start), else the latest. Versions are asked of the database at every call, so rules deployed on
 * any node, by any means, take effect without a restart.
 */
@Service
public class DroolsDecisionService implements DecisionService {

  private final RuleSetTable table;
  private final DeployedRules repository;
  private final CompiledRulesCache cache;
  private final RulesAsOf rulesAsOf;

  DroolsDecisionService(
      RuleSetTable table, DeployedRules repository, CompiledRulesCache cache, RulesAsOf rulesAsOf) {
    this.table = table;
    this.repository = repository;
    this.cache = cache;
    this.rulesAsOf = rulesAsOf;
  }

  @Override
  public Decision evaluate(String decisionName, Collection<?> facts) {
    RulesVersion version = versionInForce(decisionName);
    return cache.get(version, repository::drlOf).evaluate(facts);
  }

  @Override
  public List<Decision> evaluateEach(String decisionName, List<? extends Collection<?>> factSets) {
    RulesVersion version = versionInForce(decisionName);
    CompiledRules rules = cache.get(version, repository::drlOf);
    return factSets.stream().map(rules::evaluate).toList();
  }

  @Override
  public Optional<RulesVersion> latestVersion(String decisionName) {
    return latestOfEach(table.newestFirst(decisionName)).stream().findFirst();
  }

  /** A decision first deployed after the pin has no older version: the process gets the latest. */
  private RulesVersion versionInForce(String decisionName) {
    List<RuleSetTable.Row> newestFirst = table.newestFirst(decisionName);
    Optional<RulesVersion> pinned =
        rulesAsOf
            .now()
            .flatMap(
                asOf ->
                    latestOfEach(
                            newestFirst.stream()
                                .filter(row -> !row.deployedAt().isAfter(asOf))
                                .toList())
                        .stream()
                        .findFirst());
    return pinned
        .or(() -> latestOfEach(newestFirst).stream().findFirst())
        .orElseThrow(() -> new UnknownDecisionException(decisionName));
  }

  @Override
  public List<RulesVersion> deployedDecisions() {
    return latestOfEach(table.allNewestFirst());
  }

  /**
   * For rows grouped by decision and newest first: the newest row of each decision whose deployment
   * still exists. Deleting a deployment in Cockpit leaves its row behind, and the decision then
   * falls back to the version before it, as a process definition would.
   */
  private List<RulesVersion> latestOfEach(List<RuleSetTable.Row> newestFirst) {
    Map<String, String> existing =
        repository.existingDeploymentNames(
            newestFirst.stream().map(RuleSetTable.Row::deploymentId).toList());
    List<RulesVersion> latest = new ArrayList<>();
    String previousDecision = null;
    for (RuleSetTable.Row row : newestFirst) {
      boolean decided = row.decisionName().equals(previousDecision);
      if (!decided && existing.containsKey(row.deploymentId())) {
        latest.add(
            new RulesVersion(
                row.decisionName(),
                row.deploymentId(),
                existing.get(row.deploymentId()),
                row.deployedAt(),
                row.resourceName()));
        previousDecision = row.decisionName();
      }
    }
    return latest;
  }
}
