package io.leansuccess.bench;

import ch.qos.logback.classic.Level;
import io.leansuccess.bench.Shortlisters.Shortlister;
import io.leansuccess.rules.drools.BenchmarkedRules;
import io.leansuccess.rules.drools.CompiledRules;
import io.leansuccess.usecase.CriteriaAssessment;
import io.leansuccess.usecase.ShortlistCandidate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JMH benchmarks of one decision: shortlisting one use case (evaluations per second, one thread)
 * through the product's {@link CompiledRules} with its pool of sessions (what ships), with a new
 * session every evaluation (what shipped before) and through Drools' stateless session; what a new
 * and a pooled session cost; what building the rules costs (paid on every deployment). {@link
 * DecisionsBenchmark} runs them and compares.
 */
@State(Scope.Thread)
// a decision keeps speeding up for about 15 s on an idle core (the JIT compiling Drools' network
// code; MVEL's own jitting, after 20 evaluations, is done in the first second) and for 40 s or more
// on a saturated machine: 20 s of warm-up (docs/benchmarks.md, decisions)
@Warmup(iterations = 20, time = 1)
@Measurement(iterations = 5, time = 1)
public class DecisionsJmh {

  String drl;
  CompiledRules classic;
  CompiledRules classicDrlBefore;
  CompiledRules classicFresh;
  CompiledRules executableModel;
  CompiledRules executableModelFresh;
  KieSessionsPool classicPool;
  Shortlister droolsClassic;
  Shortlister droolsClassicDrlBefore;
  Shortlister droolsClassicFresh;
  Shortlister droolsClassicStateless;
  Shortlister droolsExecutableModel;
  Shortlister droolsExecutableModelFresh;
  DmnEngine dmnEngine;
  Shortlister dmn;
  Shortlister java;
  List<ShortlistCandidate> candidates;
  int next;

  @Setup
  public void setUp() {
    // outside Spring Boot, logback would print the engines' debug output into the measurement
    ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME))
        .setLevel(Level.ERROR);
    drl = Shortlisters.drl();
    classic = Shortlisters.classic(drl, Shortlisters.SHIPPED_POOLED_SESSIONS);
    classicDrlBefore =
        Shortlisters.classic(Shortlisters.drlBefore(), Shortlisters.SHIPPED_POOLED_SESSIONS);
    classicFresh = Shortlisters.classic(drl, Shortlisters.FRESH_SESSIONS);
    executableModel = Shortlisters.executableModel(drl, Shortlisters.SHIPPED_POOLED_SESSIONS);
    executableModelFresh = Shortlisters.executableModel(drl, Shortlisters.FRESH_SESSIONS);
    classicPool = BenchmarkedRules.kieBaseOf(classicFresh).newKieSessionsPool(1);
    droolsClassic = Shortlisters.drools(classic);
    droolsClassicDrlBefore = Shortlisters.drools(classicDrlBefore);
    droolsClassicFresh = Shortlisters.drools(classicFresh);
    droolsClassicStateless = Shortlisters.stateless(BenchmarkedRules.kieBaseOf(classicFresh));
    droolsExecutableModel = Shortlisters.drools(executableModel);
    droolsExecutableModelFresh = Shortlisters.drools(executableModelFresh);
    dmnEngine = Shortlisters.dmnEngine();
    dmn = Shortlisters.dmn(dmnEngine, Shortlisters.dmnDecision(dmnEngine));
    java = Shortlisters.java();
    candidates = Shortlisters.candidates();
  }

  private ShortlistCandidate nextCandidate() {
    next = (next + 1) % candidates.size();
    return candidates.get(next);
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public CriteriaAssessment shortlistDroolsClassic() {
    return droolsClassic.assess(nextCandidate());
  }

  /**
   * The shipped path with the shortlisting DRL as it was before the measurable rule read a
   * candidate's count of complete KPIs (it accumulated them {@code from $c.kpis}): the DRL's cost,
   * side by side.
   */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public CriteriaAssessment shortlistDroolsClassicDrlBefore() {
    return droolsClassicDrlBefore.assess(nextCandidate());
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public CriteriaAssessment shortlistDroolsClassicFreshSession() {
    return droolsClassicFresh.assess(nextCandidate());
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public CriteriaAssessment shortlistDroolsClassicStateless() {
    return droolsClassicStateless.assess(nextCandidate());
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public CriteriaAssessment shortlistDroolsExecutableModel() {
    return droolsExecutableModel.assess(nextCandidate());
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public CriteriaAssessment shortlistDroolsExecutableModelFreshSession() {
    return droolsExecutableModelFresh.assess(nextCandidate());
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public CriteriaAssessment shortlistDmn() {
    return dmn.assess(nextCandidate());
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public CriteriaAssessment shortlistJava() {
    return java.assess(nextCandidate());
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public long newSessionClassic() {
    return newSession(BenchmarkedRules.kieBaseOf(classicFresh));
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public long newSessionExecutableModel() {
    return newSession(BenchmarkedRules.kieBaseOf(executableModelFresh));
  }

  /** A session taken from a pool and given back: its reset, instead of building one. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public long pooledSessionClassic() {
    KieSession session = classicPool.newKieSession();
    try {
      return session.getIdentifier();
    } finally {
      session.dispose();
    }
  }

  private static long newSession(KieBase kieBase) {
    KieSession session = kieBase.newKieSession();
    try {
      return session.getIdentifier();
    } finally {
      session.dispose();
    }
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 2)
  @Measurement(iterations = 3)
  public CompiledRules buildClassic() {
    return Shortlisters.classic(drl, Shortlisters.SHIPPED_POOLED_SESSIONS);
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 2)
  @Measurement(iterations = 3)
  public CompiledRules buildExecutableModel() {
    return Shortlisters.executableModel(drl, Shortlisters.SHIPPED_POOLED_SESSIONS);
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 2)
  @Measurement(iterations = 3)
  public DmnDecision buildDmn() {
    return Shortlisters.dmnDecision(dmnEngine);
  }
}
