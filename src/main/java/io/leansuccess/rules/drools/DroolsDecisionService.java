package io.leansuccess.rules.drools;

import io.leansuccess.decision.Decision;
import io.leansuccess.decision.DecisionService;
import io.leansuccess.decision.RulesAsOf;
import io.leansuccess.decision.RulesVersion;
import io.leansuccess.decision.UnknownDecisionException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Decisions are the deployed DRL of their name, compiled once and fired in a session taken from the
 * compiled rules' pool and reset after each call: the newest version deployed by the moment {@link
 * RulesAsOf} gives (a running process's start), else the latest. Which versions are deployed is
 * {@link RulesInForce}'s, so rules deployed on any node, by any means, take effect without a
 * restart: at once on the deploying node, within {@code lean-success.rules.refresh-interval} on the
 * others.
 */
@Service
public class DroolsDecisionService implements DecisionService {

  private final RulesInForce inForce;
  private final DeployedRules repository;
  private final CompiledRulesCache cache;
  private final RulesAsOf rulesAsOf;

  DroolsDecisionService(
      RulesInForce inForce,
      DeployedRules repository,
      CompiledRulesCache cache,
      RulesAsOf rulesAsOf) {
    this.inForce = inForce;
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
    return inForce.newestFirst(decisionName).stream().findFirst();
  }

  /** A decision first deployed after the pin has no older version: the process gets the latest. */
  private RulesVersion versionInForce(String decisionName) {
    List<RulesVersion> newestFirst = inForce.newestFirst(decisionName);
    Optional<RulesVersion> pinned =
        rulesAsOf
            .now()
            .flatMap(
                asOf ->
                    newestFirst.stream()
                        .filter(version -> !version.deployedAt().isAfter(asOf))
                        .findFirst());
    return pinned
        .or(() -> newestFirst.stream().findFirst())
        .orElseThrow(() -> new UnknownDecisionException(decisionName));
  }

  @Override
  public List<RulesVersion> deployedDecisions() {
    return inForce.all().values().stream().map(versions -> versions.get(0)).toList();
  }
}
