package io.leansuccess.decision.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.leansuccess.decision.DecisionRecord;
import io.leansuccess.decision.Thresholds;
import io.leansuccess.rules.rest.RuleHistoryResource;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An automated decision as JSON: what was decided about which subject and why. Lists leave out the
 * facts (they can be long); one decision read by id has them, as JSON rather than a string.
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
    @Schema(
            description =
                "The verdict in the words of the thresholds in force, e.g. "
                    + "\"2 of 3 groups needed; passed: strategic, measurable\"; absent where outcome and policy say it all")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        String explanation,
    @Schema(
            description =
                "The thresholds in force when deciding: each policy fact of the DRL with its values")
        Map<String, Map<String, Object>> policy,
    @Schema(description = "The same thresholds as lines a CS leader reads, one per policy")
        List<String> thresholds,
    RulesVersionReference rulesVersion,
    Instant decidedAt,
    @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(
            description =
                "Only on GET /decisions/{decisionId}: the facts as the rules saw them, each {type, value}")
        JsonNode facts) {

  /**
   * Which deployed DRL decided: {@code href} is its entry in the rule history, and {@code
   * /engine-rest/deployment/{deploymentId}/resources} has it while the deployment exists.
   */
  @Schema(name = "RulesVersionReference")
  public record RulesVersionReference(String deploymentId, String resource, String href) {

    public static RulesVersionReference of(String deploymentId, String resource) {
      return new RulesVersionReference(
          deploymentId, resource, RuleHistoryResource.PATH + "/" + deploymentId);
    }
  }

  public static DecisionRepresentation summary(DecisionRecord record) {
    return of(record, null);
  }

  public static DecisionRepresentation withFacts(DecisionRecord record, ObjectMapper json) {
    return of(record, facts(record, json));
  }

  private static DecisionRepresentation of(DecisionRecord record, JsonNode facts) {
    return new DecisionRepresentation(
        record.id(),
        record.decisionName(),
        record.accountId(),
        record.cycleId(),
        record.subjectType(),
        record.subjectId(),
        record.outcome(),
        record.firedRules(),
        record.explanation(),
        record.policy(),
        Thresholds.describe(record.policy()),
        RulesVersionReference.of(record.rulesDeploymentId(), record.rulesResource()),
        record.decidedAt(),
        facts);
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
