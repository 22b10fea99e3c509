package io.leansuccess.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansuccess.usecase.CriteriaAssessment;
import io.leansuccess.usecase.ShortlistCandidate;
import org.junit.jupiter.api.Test;

/**
 * The decisions benchmark, run once without JMH in every build (no speed asserted): its four
 * contestants must reach the same verdict on every candidate, or the comparison is not fair.
 */
class DecisionsSmokeTest {

  @Test
  void shouldReachTheSameVerdictInEveryEngineWhenShortlistingTheBenchmarkCandidates() {
    DecisionsJmh benchmark = new DecisionsJmh();
    benchmark.setUp();
    for (ShortlistCandidate candidate : benchmark.candidates) {
      CriteriaAssessment expected = benchmark.droolsClassic.assess(candidate);
      assertThat(benchmark.droolsExecutableModel.assess(candidate))
          .as("executable model")
          .isEqualTo(expected);
      assertThat(benchmark.dmn.assess(candidate)).as("DMN").isEqualTo(expected);
      assertThat(benchmark.java.assess(candidate)).as("Java").isEqualTo(expected);
    }
    assertThat(benchmark.shortlistDroolsClassic()).isNotNull();
    assertThat(benchmark.shortlistDroolsExecutableModel()).isNotNull();
    assertThat(benchmark.shortlistDmn()).isNotNull();
    assertThat(benchmark.shortlistJava()).isNotNull();
    assertThat(benchmark.newSessionClassic()).isNotNegative();
    assertThat(benchmark.newSessionExecutableModel()).isNotNegative();
    assertThat(benchmark.buildClassic()).isNotNull();
    assertThat(benchmark.buildExecutableModel()).isNotNull();
    assertThat(benchmark.buildDmn()).isNotNull();
  }
}
