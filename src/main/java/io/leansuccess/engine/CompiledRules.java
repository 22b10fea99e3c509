package io.leansuccess.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.kie.api.KieBase;
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
            "Decision " + version.decisionName() + " fired " + MAX_FIRINGS
                + " rules without coming to rest: a rule keeps re-activating itself ("
                + version.resourceName() + " of deployment " + version.deploymentId() + ")");
      }
      return new Decision(version.decisionName(), new ArrayList<>(session.getObjects()), firedRules, version);
    } finally {
      session.dispose();
    }
  }
}
