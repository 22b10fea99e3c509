package io.leansuccess.rules.drools;

import org.kie.api.KieBase;

/** What the benchmarks need of compiled rules beyond what the product uses. */
public final class BenchmarkedRules {

  private BenchmarkedRules() {}

  public static KieBase kieBaseOf(CompiledRules rules) {
    return rules.kieBase();
  }
}
