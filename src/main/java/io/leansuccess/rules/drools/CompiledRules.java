package io.leansuccess.rules.drools;

import io.leansuccess.decision.Decision;
import io.leansuccess.decision.RulesVersion;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.kie.api.KieBase;
import org.kie.api.definition.type.FactField;
import org.kie.api.definition.type.FactType;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * One version of a decision's rules, compiled once. A {@link KieBase} is expensive to build and
 * safe to share, so it is kept. Each evaluation has a working memory of its own, taken from a pool
 * of sessions of this version: building a session and its rule network's memories costs more than
 * the decision itself (docs/benchmarks.md, decisions), so a used session is reset and handed to the
 * next evaluation instead of thrown away. Drools' reset empties the working memory, the agenda,
 * every node memory, the globals and the event listeners, so no fact or fired rule of one decision
 * reaches another. The pool is thread-safe: a session serves one evaluation at a time, and the pool
 * grows when more threads decide at once than it holds.
 */
public final class CompiledRules {

  /**
   * A rule that keeps re-activating itself would hold the calling thread for ever; no decision of
   * ours comes near this many firings.
   */
  static final int MAX_FIRINGS = 10_000;

  /** A declared type named {@code ...Policy} holds the thresholds of a decision. */
  static final String POLICY_SUFFIX = "Policy";

  private final RulesVersion version;
  private final KieBase kieBase;
  private final KieSessionsPool sessions;
  // Drools looks a declared type up by name on every call: once per type is enough
  private final Map<Class<?>, Optional<FactType>> policyTypes = new ConcurrentHashMap<>();

  /**
   * @param pooledSessions how many sessions to build up front and keep for reuse; 0 builds a new
   *     session for every evaluation and disposes it after
   */
  CompiledRules(RulesVersion version, KieBase kieBase, int pooledSessions) {
    this.version = version;
    this.kieBase = kieBase;
    this.sessions = pooledSessions == 0 ? null : kieBase.newKieSessionsPool(pooledSessions);
  }

  public RulesVersion version() {
    return version;
  }

  /** For the benchmarks, which measure what a new session costs. */
  KieBase kieBase() {
    return kieBase;
  }

  public Decision evaluate(Collection<?> facts) {
    List<String> firedRules = new ArrayList<>();
    // a pooled session's dispose resets it and puts it back into the pool
    KieSession session = sessions == null ? kieBase.newKieSession() : sessions.newKieSession();
    try {
      session.addEventListener(
          new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
              firedRules.add(event.getMatch().getRule().getName());
            }
          });
      facts.forEach(fact -> session.insert(Objects.requireNonNull(fact, "fact")));
      if (session.fireAllRules(MAX_FIRINGS) >= MAX_FIRINGS) {
        throw new IllegalStateException(
            "Decision "
                + version.decisionName()
                + " fired "
                + MAX_FIRINGS
                + " rules without coming to rest: a rule keeps re-activating itself ("
                + version.resourceName()
                + " of deployment "
                + version.deploymentId()
                + ")");
      }
      List<Object> concluded = new ArrayList<>(session.getObjects());
      return new Decision(
          version.decisionName(), concluded, firedRules, version, policiesIn(concluded));
    } finally {
      session.dispose();
    }
  }

  /**
   * The thresholds in force: every type the DRL declares whose name ends in {@code Policy}, with
   * its fields in declaration order. Read through Drools' own view of declared types, so a rule
   * file needs nothing more than its {@code declare ... Policy} block.
   */
  private Map<String, Map<String, Object>> policiesIn(List<Object> facts) {
    Map<String, Map<String, Object>> policies = new TreeMap<>();
    for (Object fact : facts) {
      FactType declared =
          policyTypes.computeIfAbsent(fact.getClass(), this::policyType).orElse(null);
      if (declared == null) {
        continue;
      }
      Map<String, Object> values = new LinkedHashMap<>();
      for (FactField field : declared.getFields()) {
        values.put(field.getName(), field.get(fact));
      }
      policies.put(declared.getSimpleName(), values);
    }
    return policies;
  }

  private Optional<FactType> policyType(Class<?> type) {
    if (!type.getSimpleName().endsWith(POLICY_SUFFIX)) {
      return Optional.empty();
    }
    return Optional.ofNullable(kieBase.getFactType(type.getPackageName(), type.getSimpleName()));
  }
}
