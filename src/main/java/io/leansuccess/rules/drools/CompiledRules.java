package io.leansuccess.rules.drools;

import io.leansuccess.decision.Decision;
import io.leansuccess.decision.RulesVersion;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.kie.api.KieBase;
import org.kie.api.definition.type.FactField;
import org.kie.api.definition.type.FactType;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/**
 * One version of a decision's rules, compiled once. A {@link KieBase} is expensive to build and
 * safe to share, so it is kept; each evaluation gets its own working memory and is thrown away.
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

  CompiledRules(RulesVersion version, KieBase kieBase) {
    this.version = version;
    this.kieBase = kieBase;
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
    KieSession session = kieBase.newKieSession();
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
      Class<?> type = fact.getClass();
      if (!type.getSimpleName().endsWith(POLICY_SUFFIX)) {
        continue;
      }
      FactType declared = kieBase.getFactType(type.getPackageName(), type.getSimpleName());
      if (declared == null) {
        continue;
      }
      Map<String, Object> values = new LinkedHashMap<>();
      for (FactField field : declared.getFields()) {
        values.put(field.getName(), field.get(fact));
      }
      policies.put(type.getSimpleName(), values);
    }
    return policies;
  }
}
