package io.leansuccess.rules.drools;

import io.leansuccess.decision.RulesVersion;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Compiled rules by deployment and decision. Compiling DRL takes a good part of a second, so it
 * happens once per deployment: at deployment on the deploying node (see {@link RulesDeployer}),
 * lazily on first use everywhere else (after a restart, on another cluster node).
 *
 * <p>Only the newest version of a decision seen by this node stays cached, so memory does not grow
 * with every redeployment; an older version is recompiled if it is asked for again (its successor
 * was deleted).
 */
@Component
class CompiledRulesCache {

  private record Key(String deploymentId, String decisionName) {
    static Key of(RulesVersion version) {
      return new Key(version.deploymentId(), version.decisionName());
    }
  }

  private final Map<Key, CompiledRules> cache = new ConcurrentHashMap<>();
  private final RuleSetCompiler compiler;

  CompiledRulesCache(RuleSetCompiler compiler) {
    this.compiler = compiler;
  }

  /** Rules compiled elsewhere, typically by the deployer once its transaction has committed. */
  void put(CompiledRules rules) {
    cache.put(Key.of(rules.version()), rules);
    evictOtherVersionsOf(rules.version());
  }

  /**
   * The compiled rules of this version, compiling the DRL {@code source} gives only when missing.
   */
  CompiledRules get(RulesVersion version, Function<RulesVersion, String> source) {
    Key key = Key.of(version);
    CompiledRules cached = cache.get(key);
    if (cached != null) {
      return cached;
    }
    CompiledRules compiled =
        cache.computeIfAbsent(key, missing -> compiler.compile(version, source.apply(version)));
    evictOtherVersionsOf(version);
    return compiled;
  }

  /** Forgets everything, as a restart would. */
  void clear() {
    cache.clear();
  }

  private void evictOtherVersionsOf(RulesVersion kept) {
    cache
        .keySet()
        .removeIf(
            key ->
                key.decisionName().equals(kept.decisionName())
                    && !key.deploymentId().equals(kept.deploymentId()));
  }
}
