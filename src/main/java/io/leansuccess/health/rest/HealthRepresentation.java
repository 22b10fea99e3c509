package io.leansuccess.health.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.leansuccess.api.Page;
import io.leansuccess.decision.rest.DecisionRepresentation.RulesVersionReference;
import io.leansuccess.health.HealthColour;
import io.leansuccess.health.HealthEvaluation;
import io.leansuccess.health.HealthFactor;
import io.leansuccess.health.HealthOutcome;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * An account's health as JSON: where it stands and the history that led there, newest first. Every
 * evaluation lists its warning signs and the rules that fired: never a black box.
 *
 * @param current the latest evaluation, null before the first
 */
@Schema(name = "Health")
public record HealthRepresentation(
    String accountId,
    Evaluation current,
    @Schema(description = "Escalated to a get-well plan and not recovered since") boolean escalated,
    @Schema(description = "Consecutive green evaluations up to now") int greenStreak,
    Page<Evaluation> history) {

  @Schema(
      name = "HealthEvaluation",
      description =
          "A health as long as it stayed the same: colour and warning"
              + " signs; the descriptions, rules and version are those of its latest evaluation")
  public record Evaluation(
      String evaluationId,
      HealthColour colour,
      List<HealthFactor> factors,
      @Schema(
              description =
                  "Names of the rules that fired, in firing order; absent for an integration")
          @JsonInclude(JsonInclude.Include.NON_NULL)
          List<String> firedRules,
      @JsonInclude(JsonInclude.Include.NON_NULL) RulesVersionReference rulesVersion,
      HealthOutcome outcome,
      @Schema(
              description =
                  "The escalation or recovery decision: GET /decisions/{decisionId}; absent for an integration")
          @JsonInclude(JsonInclude.Include.NON_NULL)
          String decisionId,
      @Schema(description = "When this health was first found") Instant firstEvaluatedAt,
      @Schema(description = "When it was last confirmed") Instant evaluatedAt,
      @Schema(description = "How many evaluations found it") int evaluations) {

    static Evaluation from(HealthEvaluation evaluation) {
      return new Evaluation(
          evaluation.id(),
          evaluation.colour(),
          evaluation.factors(),
          evaluation.firedRules(),
          RulesVersionReference.of(evaluation.rulesDeploymentId(), evaluation.rulesResource()),
          evaluation.outcome(),
          evaluation.decisionId(),
          evaluation.firstEvaluatedAt(),
          evaluation.evaluatedAt(),
          evaluation.evaluations());
    }

    Evaluation withoutReasoning() {
      return new Evaluation(
          evaluationId,
          colour,
          factors,
          null,
          null,
          outcome,
          null,
          firstEvaluatedAt,
          evaluatedAt,
          evaluations);
    }
  }

  /** The health without the rules' reasoning, for those who may not read it (Reasoning). */
  HealthRepresentation withoutReasoning() {
    return new HealthRepresentation(
        accountId,
        current == null ? null : current.withoutReasoning(),
        escalated,
        greenStreak,
        new Page<>(
            history.items().stream().map(Evaluation::withoutReasoning).toList(),
            history.limit(),
            history.offset(),
            history.total()));
  }
}
