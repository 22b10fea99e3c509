package io.leansuccess.engine;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * An automated decision as JSON: what was decided about which subject and why. Lists leave out
 * the facts (they can be long); one decision read by id has them, as JSON rather than a string.
 */
@Schema(name = "Decision")
public record DecisionRepresentation(
    String decisionId,
    String decisionName,
    String accountId,
    String cycleId,
    String subjectType,
    String subjectId,
    String outcome,
    @Schema(description = "Names of the rules that fired, in firing order") List<String> firedRules,
    RulesVersionReference rulesVersion,
    Instant decidedAt,
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "Only on GET /decisions/{decisionId}: the facts as the rules saw them, each {type, value}")
    JsonNode facts) {

  /** Which deployed DRL decided: {@code /engine-rest/deployment/{deploymentId}/resources} has it. */
  @Schema(name = "RulesVersionReference")
  public record RulesVersionReference(String deploymentId, String resource) {}

  public static DecisionRepresentation summary(DecisionRecord record) {
    return new DecisionRepresentation(record.id(), record.decisionName(), record.accountId(), record.cycleId(),
        record.subjectType(), record.subjectId(), record.outcome(), record.firedRules(),
        new RulesVersionReference(record.rulesDeploymentId(), record.rulesResource()), record.decidedAt(), null);
  }

  static DecisionRepresentation withFacts(DecisionRecord record, ObjectMapper json) {
    var summary = summary(record);
    return new DecisionRepresentation(summary.decisionId(), summary.decisionName(), summary.accountId(),
        summary.cycleId(), summary.subjectType(), summary.subjectId(), summary.outcome(), summary.firedRules(),
        summary.rulesVersion(), summary.decidedAt(), facts(record, json));
  }

  private static JsonNode facts(DecisionRecord record, ObjectMapper json) {
    try {
      return json.readTree(record.facts());
    } catch (JsonProcessingException e) {
      // the log writes the snapshot itself, so this means the row was changed by hand
      throw new IllegalStateException("The facts of decision " + record.id() + " are not JSON", e);
    }
  }
}
