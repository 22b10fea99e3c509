package io.leansuccess.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansuccess.usecase.CriteriaAssessment;
import io.leansuccess.usecase.ShortlistCandidate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The decisions benchmark, run once without JMH in every build (no speed asserted): its contestants
 * must reach the same verdict on every candidate, or the comparison is not fair.
 */
class DecisionsSmokeTest {

  static DecisionsJmh benchmark;

  @BeforeAll
  static void setUp() {
    benchmark = new DecisionsJmh();
    benchmark.setUp();
  }

  @Test
  void shouldReachTheSameVerdictInEveryEngineWhenShortlistingTheBenchmarkCandidates() {
    for (ShortlistCandidate candidate : benchmark.candidates) {
      CriteriaAssessment expected = benchmark.droolsClassicFresh.assess(candidate);
      assertThat(benchmark.droolsClassic.assess(candidate)).as("pooled").isEqualTo(expected);
      assertThat(benchmark.droolsClassicDrlBefore.assess(candidate))
          .as("pooled, the DRL before")
          .isEqualTo(expected);
      assertThat(benchmark.droolsClassicStateless.assess(candidate))
          .as("stateless")
          .isEqualTo(expected);
      assertThat(benchmark.droolsExecutableModel.assess(candidate))
          .as("executable model")
          .isEqualTo(expected);
      assertThat(benchmark.droolsExecutableModelFresh.assess(candidate))
          .as("executable model, fresh session")
          .isEqualTo(expected);
      assertThat(benchmark.dmn.assess(candidate)).as("DMN").isEqualTo(expected);
      assertThat(benchmark.java.assess(candidate)).as("Java").isEqualTo(expected);
    }
    assertThat(benchmark.shortlistDroolsClassic()).isNotNull();
    assertThat(benchmark.shortlistDroolsClassicDrlBefore()).isNotNull();
    assertThat(benchmark.shortlistDroolsClassicFreshSession()).isNotNull();
    assertThat(benchmark.shortlistDroolsClassicStateless()).isNotNull();
    assertThat(benchmark.shortlistDroolsExecutableModel()).isNotNull();
    assertThat(benchmark.shortlistDroolsExecutableModelFreshSession()).isNotNull();
    assertThat(benchmark.shortlistDmn()).isNotNull();
    assertThat(benchmark.shortlistJava()).isNotNull();
    assertThat(benchmark.newSessionClassic()).isNotNegative();
    assertThat(benchmark.newSessionExecutableModel()).isNotNegative();
    assertThat(benchmark.pooledSessionClassic()).isNotNegative();
    assertThat(benchmark.buildClassic()).isNotNull();
    assertThat(benchmark.buildExecutableModel()).isNotNull();
    assertThat(benchmark.buildDmn()).isNotNull();
  }

  /**
   * The shipped rules on pooled sessions, many threads at once, each session serving one candidate
   * after another: every verdict is the one a new session reaches alone.
   */
  @Test
  void shouldReachTheVerdictOfANewSessionWhenPooledSessionsServeThreadsAtOnce() throws Exception {
    Map<String, CriteriaAssessment> alone =
        benchmark.candidates.stream()
            .collect(
                Collectors.toMap(
                    ShortlistCandidate::useCaseId,
                    benchmark.droolsClassicFresh::assess,
                    (a, b) -> a));
    int threads = 4;
    int rounds = 25;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService executor = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<CriteriaAssessment>>> done = new ArrayList<>();
      for (int thread = 0; thread < threads; thread++) {
        int offset = thread;
        done.add(
            executor.submit(
                () -> {
                  start.await();
                  List<CriteriaAssessment> verdicts = new ArrayList<>();
                  List<ShortlistCandidate> candidates = benchmark.candidates;
                  for (int i = 0; i < rounds * candidates.size(); i++) {
                    // each thread walks the candidates from a different one
                    ShortlistCandidate candidate = candidates.get((i + offset) % candidates.size());
                    verdicts.add(benchmark.droolsClassic.assess(candidate));
                    verdicts.add(benchmark.droolsExecutableModel.assess(candidate));
                  }
                  return verdicts;
                }));
      }
      start.countDown();
      for (Future<List<CriteriaAssessment>> future : done) {
        List<CriteriaAssessment> verdicts = future.get();
        assertThat(verdicts).hasSize(2 * rounds * benchmark.candidates.size());
        for (CriteriaAssessment verdict : verdicts) {
          assertThat(verdict).isEqualTo(alone.get(verdict.useCaseId()));
        }
      }
    } finally {
      executor.shutdownNow();
    }
  }
}
