package io.leansuccess.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Decisions (JMH, in the suite only): shortlisting one use case in Drools, classic and executable
 * model, against Camunda's DMN engine and plain Java; new sessions; building the rules. Each number
 * is the median of the forks' scores ({@code benchmark.forks}, default 3), each fork a JVM of its
 * own. {@code benchmark.jmh.iterations} / {@code .seconds} override the iterations {@link
 * DecisionsJmh} declares, {@code benchmark.jmh.warmup-iterations} the warm-up's alone.
 */
@Tag("benchmark")
class DecisionsBenchmark {

  static final double PER_THREAD_TARGET = 100_000;

  @Test
  void compareDecisionEngines() throws RunnerException {
    int forks = Integer.getInteger("benchmark.forks", 3);
    // iterations as DecisionsJmh declares them (twenty seconds of warm-up, as a decision keeps
    // speeding up for 15 s, then five measured; builds take seconds each: two, then three) unless
    // given
    var builder =
        new OptionsBuilder()
            .include(DecisionsJmh.class.getName() + ".")
            .forks(forks)
            .jvmArgsAppend("-Xmx1g")
            .threads(1);
    Integer iterations = Integer.getInteger("benchmark.jmh.iterations");
    if (iterations != null) {
      builder.warmupIterations(iterations).measurementIterations(iterations);
    }
    Integer warmups = Integer.getInteger("benchmark.jmh.warmup-iterations");
    if (warmups != null) {
      builder.warmupIterations(warmups);
    }
    Integer seconds = Integer.getInteger("benchmark.jmh.seconds");
    if (seconds != null) {
      builder.warmupTime(TimeValue.seconds(seconds)).measurementTime(TimeValue.seconds(seconds));
    }
    Options options = builder.build();
    Collection<RunResult> runs = new Runner(options).run();
    Map<String, Double> score = new TreeMap<>();
    for (RunResult run : runs) {
      String method =
          run.getParams().getBenchmark().substring(DecisionsJmh.class.getName().length() + 1);
      score.put(method, medianOfForks(run));
    }
    List<BenchmarkResult> results = new ArrayList<>();
    String name = "1 decisions";
    // what ships: sessions from the pool of CompiledRules; before: a new session every evaluation
    double classic = score.get("shortlistDroolsClassic");
    double classicDrlBefore = score.get("shortlistDroolsClassicDrlBefore");
    double classicFresh = score.get("shortlistDroolsClassicFreshSession");
    double stateless = score.get("shortlistDroolsClassicStateless");
    double executable = score.get("shortlistDroolsExecutableModel");
    double executableFresh = score.get("shortlistDroolsExecutableModelFreshSession");
    double dmn = score.get("shortlistDmn");
    double java = score.get("shortlistJava");
    String evaluations = "evaluations/s";
    results.add(
        new BenchmarkResult(name, "Drools classic vs DMN", evaluations, classic, dmn, 1.0, true));
    results.add(
        new BenchmarkResult(
            name, "Drools executable model vs DMN", evaluations, executable, dmn, 1.0, true));
    results.add(
        new BenchmarkResult(
            name,
            "Drools classic vs 100,000/s a thread",
            evaluations,
            classic,
            PER_THREAD_TARGET,
            1.0,
            true));
    results.add(
        new BenchmarkResult(
            name,
            "Drools executable model vs 100,000/s a thread",
            evaluations,
            executable,
            PER_THREAD_TARGET,
            1.0,
            true));
    results.add(
        new BenchmarkResult(
            name,
            "Drools classic, pooled: shortlisting DRL now vs before (KPIs counted from $c.kpis)",
            evaluations,
            classic,
            classicDrlBefore,
            Double.NaN,
            true));
    results.add(
        new BenchmarkResult(
            name,
            "Drools classic: pooled sessions (shipped) vs a new session each",
            evaluations,
            classic,
            classicFresh,
            Double.NaN,
            true));
    results.add(
        new BenchmarkResult(
            name,
            "Drools executable model: pooled sessions vs a new session each",
            evaluations,
            executable,
            executableFresh,
            Double.NaN,
            true));
    results.add(
        new BenchmarkResult(
            name,
            "Drools classic: stateless session vs pooled sessions",
            evaluations,
            stateless,
            classic,
            Double.NaN,
            true));
    results.add(
        new BenchmarkResult(
            name,
            "Drools executable model vs classic, pooled",
            evaluations,
            executable,
            classic,
            Double.NaN,
            true));
    results.add(
        new BenchmarkResult(
            name,
            "Drools classic vs hand-written Java",
            evaluations,
            classic,
            java,
            Double.NaN,
            true));
    results.add(
        new BenchmarkResult(
            name,
            "session, classic: pooled (reset) vs new",
            "us",
            score.get("pooledSessionClassic"),
            score.get("newSessionClassic"),
            Double.NaN,
            false));
    results.add(
        new BenchmarkResult(
            name,
            "new session: executable model vs classic",
            "us",
            score.get("newSessionExecutableModel"),
            score.get("newSessionClassic"),
            Double.NaN,
            false));
    results.add(
        new BenchmarkResult(
            name,
            "build: executable model vs classic DRL",
            "ms",
            score.get("buildExecutableModel"),
            score.get("buildClassic"),
            Double.NaN,
            false));
    results.add(
        new BenchmarkResult(
            name,
            "build: classic DRL vs DMN parse",
            "ms",
            score.get("buildClassic"),
            score.get("buildDmn"),
            Double.NaN,
            false));
    BenchmarkResult.report("1-decisions", results);
  }

  /**
   * A fork's score is its own iterations' mean; the median of those is robust to one noisy fork.
   */
  private static double medianOfForks(RunResult run) {
    List<Double> forks =
        run.getBenchmarkResults().stream()
            .map(result -> result.getPrimaryResult().getScore())
            .sorted()
            .toList();
    return Medians.of(forks);
  }
}
