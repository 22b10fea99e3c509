package io.leansuccess.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;

/**
 * Test data: a valid planned use case's JSON for an account made by {@link AccountJson}, changed
 * one field at a time.
 */
final class UseCaseJson {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final ObjectNode useCase;

  private UseCaseJson(ObjectNode useCase) {
    this.useCase = useCase;
  }

  /** A planned use case in segment {@code emea} with one KPI, under a fresh id. */
  static UseCaseJson aPlannedUseCase() {
    ObjectNode useCase =
        JSON.createObjectNode()
            .put("id", "uc-" + UUID.randomUUID().toString().substring(0, 8))
            .put("title", "Month-end close in the product")
            .put("kind", "PLANNED")
            .put("segment", "emea")
            .put("owner", "pat.finance@example.com")
            .put("requiredMaturity", 2)
            .put("surveyPriority", 1)
            .put("demonstrableValue", 25000)
            .put("executionDuration", "P3M");
    useCase
        .putObject("template")
        .put("challengesAndObjectives", "Closing the books takes nine days")
        .put("expectedOutcomes", "Close in five days")
        .put("workflow", "Reconciliation, approvals")
        .put("successFactors", "Training for the controllers");
    ArrayNode kpis = useCase.putArray("kpis");
    kpis.addObject()
        .put("id", "close-days")
        .put("name", "Days to close")
        .put("unit", "days")
        .put("baseline", 9)
        .put("target", 5)
        .put("method", "ANALYTICS")
        .put("kind", "VALUE");
    ObjectNode criteria =
        useCase
            .putObject("criteria")
            .put("touchesCoreOperations", true)
            .put("valueQuantifiable", true)
            .put("resourcesAvailable", true)
            .put("stakeholdersIdentified", true);
    criteria.putArray("perspectives").add("FINANCIAL").add("INTERNAL_PROCESS");
    return new UseCaseJson(useCase);
  }

  String id() {
    return useCase.get("id").asText();
  }

  UseCaseJson with(String field, Object value) {
    var copy = useCase.deepCopy();
    copy.set(field, JSON.valueToTree(value));
    return new UseCaseJson(copy);
  }

  UseCaseJson without(String field) {
    var copy = useCase.deepCopy();
    copy.remove(field);
    return new UseCaseJson(copy);
  }

  UseCaseJson withKpiField(int index, String field, Object value) {
    var copy = useCase.deepCopy();
    ((ObjectNode) copy.get("kpis").get(index)).set(field, JSON.valueToTree(value));
    return new UseCaseJson(copy);
  }

  UseCaseJson withoutKpiField(int index, String field) {
    var copy = useCase.deepCopy();
    ((ObjectNode) copy.get("kpis").get(index)).remove(field);
    return new UseCaseJson(copy);
  }

  /** A second KPI, a copy of the first under another id. */
  UseCaseJson withSecondKpi(String id) {
    var copy = useCase.deepCopy();
    var kpis = (ArrayNode) copy.get("kpis");
    kpis.add(((ObjectNode) kpis.get(0)).deepCopy().put("id", id).put("name", "Second KPI"));
    return new UseCaseJson(copy);
  }

  String json() {
    return useCase.toString();
  }
}
