package io.leansuccess.maturity.rest;

import io.leansuccess.maturity.MaturityTransition;
import io.leansuccess.maturity.SegmentStanding;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * An account's maturity as JSON: each segment's level and the moves that led there, each explained.
 */
@Schema(name = "Maturity")
public record MaturityRepresentation(String accountId, List<SegmentLevel> segments) {

  static MaturityRepresentation from(String accountId, List<SegmentStanding> standings) {
    return new MaturityRepresentation(
        accountId, standings.stream().map(SegmentLevel::from).toList());
  }

  @Schema(name = "SegmentMaturity")
  public record SegmentLevel(
      String key,
      String name,
      @Schema(description = "1 Launch, 2 Usage, 3 Proficiency, 4 Value, 5 Advocacy") int level,
      String levelName,
      @Schema(description = "Consecutive cycles in which the level's floor was missed")
          int missedFloorCycles,
      @Schema(description = "Oldest first") List<Transition> transitions) {

    static SegmentLevel from(SegmentStanding standing) {
      return new SegmentLevel(
          standing.segmentKey(),
          standing.segmentName(),
          standing.level().number(),
          standing.level().title(),
          standing.missedFloorCycles(),
          standing.history().stream().map(Transition::from).toList());
    }
  }

  @Schema(name = "MaturityTransition")
  public record Transition(
      int fromLevel,
      int toLevel,
      Instant transitionedAt,
      String cycleId,
      String decisionId,
      @Schema(description = "The rules that fired, in firing order: the explanation")
          List<String> firedRules,
      RulesVersion rulesVersion) {

    static Transition from(SegmentStanding.ExplainedTransition explained) {
      MaturityTransition transition = explained.transition();
      var decision = explained.decision();
      return new Transition(
          transition.fromLevel(),
          transition.toLevel(),
          transition.transitionedAt(),
          transition.cycleId(),
          transition.decisionId(),
          decision.firedRules(),
          new RulesVersion(decision.rulesDeploymentId(), decision.rulesResource()));
    }
  }

  /** Where the rules that decided are: {@code /engine-rest/deployment/{deploymentId}/resources}. */
  @Schema(name = "RulesVersion")
  public record RulesVersion(String deploymentId, String resource) {}
}
