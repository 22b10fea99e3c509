package io.leansuccess.rules.drools;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.leansuccess.decision.RulesVersion;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Every decision's versions whose deployment still exists, newest first: what {@link RuleSetTable}
 * and {@link DeployedRules} answer together, read in two queries for all decisions at once and kept
 * for {@code lean-success.rules.refresh-interval}. A deployment or a deletion on this node forgets
 * it as its transaction ends, so the next decision here reads the new state; one on another node
 * (or a row written by any other means) is seen here within the interval. Zero reads the database
 * at every decision.
 */
public class RulesInForce {

  private final RuleSetTable table;
  private final DeployedRules repository;
  private final Cache<Boolean, Map<String, List<RulesVersion>>> versions;

  public RulesInForce(RuleSetTable table, DeployedRules repository, Duration refreshInterval) {
    this(table, repository, refreshInterval, Ticker.systemTicker());
  }

  /** With the clock that tells the interval's end (a test's). */
  RulesInForce(
      RuleSetTable table, DeployedRules repository, Duration refreshInterval, Ticker ticker) {
    if (refreshInterval.isNegative()) {
      throw new IllegalArgumentException(
          "lean-success.rules.refresh-interval must be 0 or more, not " + refreshInterval);
    }
    this.table = table;
    this.repository = repository;
    this.versions =
        refreshInterval.isZero()
            ? null
            : Caffeine.newBuilder()
                .expireAfterWrite(refreshInterval)
                .maximumSize(1)
                .ticker(ticker)
                .build();
  }

  /** The versions of this decision still deployed, newest first; empty if there is none. */
  List<RulesVersion> newestFirst(String decisionName) {
    return all().getOrDefault(decisionName, List.of());
  }

  /** Every decision's versions still deployed, newest first, by decision name in order. */
  Map<String, List<RulesVersion>> all() {
    return versions == null ? read() : versions.get(Boolean.TRUE, all -> read());
  }

  /** Forgets what was read, as soon as the transaction of this command ends either way. */
  void forgetWhenTransactionEnds() {
    CommandContext command = Context.getCommandContext();
    if (command == null) {
      forget();
      return;
    }
    var transaction = command.getTransactionContext();
    transaction.addTransactionListener(TransactionState.COMMITTED, ended -> forget());
    transaction.addTransactionListener(TransactionState.ROLLED_BACK, ended -> forget());
  }

  /** Forgets what was read: the next decision reads the database. */
  public void forget() {
    if (versions != null) {
      versions.invalidateAll();
    }
  }

  /**
   * Deleting a deployment in Cockpit leaves its rows behind: they are skipped, and the decision
   * falls back to the version before it, as a process definition would.
   */
  private Map<String, List<RulesVersion>> read() {
    List<RuleSetTable.Row> rows = table.allNewestFirst();
    Map<String, String> existing =
        repository.existingDeploymentNames(
            rows.stream().map(RuleSetTable.Row::deploymentId).toList());
    Map<String, List<RulesVersion>> byDecision = new LinkedHashMap<>();
    for (RuleSetTable.Row row : rows) {
      if (existing.containsKey(row.deploymentId())) {
        byDecision
            .computeIfAbsent(row.decisionName(), name -> new ArrayList<>())
            .add(
                new RulesVersion(
                    row.decisionName(),
                    row.deploymentId(),
                    existing.get(row.deploymentId()),
                    row.deployedAt(),
                    row.resourceName()));
      }
    }
    byDecision.replaceAll((name, list) -> List.copyOf(list));
    return Collections.unmodifiableMap(byDecision);
  }
}
