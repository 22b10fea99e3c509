package io.leansuccess.rules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leansuccess.decision.Decision;
import io.leansuccess.decision.RulesVersion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every evaluation stands alone, also when its session comes from the pool and served another
 * decision before: no fact, node memory or fired rule of one decision shows in the next, on one
 * thread or many. Run with a pool of one session (reused by every evaluation on a thread) and with
 * no pool (a new session every time).
 */
class CompiledRulesTest {

  private static final String DRL =
      """
      package probe;

      declare Greeting
          visitor : String
      end

      declare Tally
          visitors : long
      end

      rule "Greet every visitor"
      when
          $visitor : String()
      then
          insert(new Greeting($visitor));
      end

      rule "Count the visitors"
      when
          $count : Number() from accumulate(String(), count(1))
      then
          insert(new Tally($count.longValue()));
      end

      rule "Refuse a troublemaker"
      when
          String(this == "troublemaker")
      then
          throw new IllegalStateException("refused");
      end

      rule "Keep counting a runaway"
      when
          String(this == "runaway")
          $step : Integer()
      then
          delete($step);
          insert($step + 1);
      end
      """;

  private static CompiledRules rules(int pooledSessions) {
    return new RuleSetCompiler(CompiledRulesTest.class.getClassLoader(), pooledSessions)
        .compile(
            new RulesVersion("Visitors", "d1", "probe", Instant.EPOCH, "rules/Visitors.drl"), DRL);
  }

  /** A decision's facts, readable: {@code bob}, {@code Greeting( visitor=bob )}, ... */
  private static List<String> factsOf(Decision decision) {
    return decision.facts().stream().map(String::valueOf).sorted().toList();
  }

  private static List<String> expectedFacts(List<String> visitors) {
    List<String> facts = new ArrayList<>(visitors);
    visitors.forEach(visitor -> facts.add("Greeting( visitor=" + visitor + " )"));
    facts.add("Tally( visitors=" + visitors.size() + " )");
    return facts.stream().sorted().toList();
  }

  private static List<String> expectedFiredRules(List<String> visitors) {
    List<String> fired = new ArrayList<>();
    visitors.forEach(visitor -> fired.add("Greet every visitor"));
    fired.add("Count the visitors");
    return fired.stream().sorted().toList();
  }

  /** One to three visitors, never the same name in two decisions. */
  private static List<String> visitors(String decision, int count) {
    return IntStream.range(0, count).mapToObj(n -> decision + "." + n).toList();
  }

  private static void assertStandsAlone(Decision decision, List<String> visitors) {
    assertThat(factsOf(decision)).as("facts of %s", visitors).isEqualTo(expectedFacts(visitors));
    assertThat(decision.firedRules().stream().sorted().toList())
        .as("fired rules of %s", visitors)
        .isEqualTo(expectedFiredRules(visitors));
  }

  @ParameterizedTest(name = "{0} pooled sessions")
  @ValueSource(ints = {1, 0})
  void shouldKeepNoFactOrFiredRuleOfAnEarlierDecisionWhenTheNextOneIsEvaluated(int pooled) {
    CompiledRules rules = rules(pooled);

    assertStandsAlone(rules.evaluate(List.of("alice", "bob")), List.of("alice", "bob"));
    assertStandsAlone(rules.evaluate(List.of("carol")), List.of("carol"));
    assertStandsAlone(rules.evaluate(List.of()), List.of());
    assertStandsAlone(rules.evaluate(List.of("alice")), List.of("alice"));
  }

  @ParameterizedTest(name = "{0} pooled sessions")
  @ValueSource(ints = {1, 0})
  void shouldStartTheNextDecisionCleanWhenARuleThrewOrRanAwayInTheOneBefore(int pooled) {
    CompiledRules rules = rules(pooled);

    assertThatThrownBy(() -> rules.evaluate(List.of("dave", "troublemaker")))
        .hasRootCauseMessage("refused");
    assertStandsAlone(rules.evaluate(List.of("erin")), List.of("erin"));

    assertThatThrownBy(() -> rules.evaluate(List.of("runaway", 0)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("without coming to rest");
    assertStandsAlone(rules.evaluate(List.of("frank")), List.of("frank"));
  }

  @ParameterizedTest(name = "{0} pooled sessions")
  @ValueSource(ints = {1, 0})
  void shouldKeepEveryDecisionToItselfWhenThreadsDecideAtOnce(int pooled) throws Exception {
    CompiledRules rules = rules(pooled);
    int threads = 4;
    int decisionsEach = 300;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService executor = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Integer>> done = new ArrayList<>();
      for (int thread = 0; thread < threads; thread++) {
        String prefix = "thread" + thread + "-";
        Callable<Integer> decide =
            () -> {
              start.await();
              for (int i = 0; i < decisionsEach; i++) {
                List<String> visitors = visitors(prefix + i, i % 3 + 1);
                assertStandsAlone(rules.evaluate(visitors), visitors);
              }
              return decisionsEach;
            };
        done.add(executor.submit(decide));
      }
      start.countDown();
      for (Future<Integer> future : done) {
        assertThat(future.get()).isEqualTo(decisionsEach);
      }
    } finally {
      executor.shutdownNow();
    }
  }
}
