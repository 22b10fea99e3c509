package io.leansuccess.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.leansuccess.support.FormAnswers;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import io.leansuccess.support.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Every form's rules hold on the server, whatever the client: each form of {@code processes/forms/}
 * behind a user task, worked through {@code /engine-rest} with the calls Tasklist makes (claim,
 * submit-form) and the bare {@code /complete} a script makes; a refusal is a 400 naming the field,
 * and the task stays open.
 */
@LeanSuccessIntegrationTest
class TaskFormRulesIT {

  static final String USER = "demo.manager";

  @Autowired TestRestTemplate rest;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired TestData data;
  private final ObjectMapper json = new ObjectMapper();

  static Stream<Path> forms() throws IOException {
    return Files.list(Path.of("processes/forms"))
        .filter(path -> path.toString().endsWith(".form"))
        .sorted();
  }

  @ParameterizedTest
  @MethodSource("forms")
  void shouldRefuseEachRequiredFieldLeftOutAndAcceptTheFormFilledIn(Path form) throws IOException {
    String formId = json.readTree(form.toFile()).path("id").asText();
    TaskFormRules rules = TaskFormRules.parse(Files.readAllBytes(form));
    Map<String, Object> answers = FormAnswers.ofForm(formId);
    String deployment = deployBehindATask(form, formId);
    try {
      Task task = openTask(deployment, prefilled(formId));
      claim(task);

      String firstToFill = firstRequiredNotPrefilled(rules, prefilled(formId));
      if (firstToFill != null) {
        assertRefused(post(task, "complete", Map.of()), firstToFill);
      }
      for (TaskFormRules.Field field : rules.fields()) {
        if (field.required() && field.hideWhen() == null && answers.containsKey(field.key())) {
          Map<String, Object> without = new LinkedHashMap<>(answers);
          without.remove(field.key());
          assertRefused(post(task, "submit-form", without), field.key());
        }
        if (!field.options().isEmpty()) {
          Map<String, Object> offRange = new LinkedHashMap<>(answers);
          offRange.put(field.key(), "NOT_AN_OPTION");
          assertRefused(post(task, "submit-form", offRange), field.key());
        }
      }
      assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).as("still open").isOne();

      ResponseEntity<String> filledIn = post(task, "submit-form", answers);

      assertThat(filledIn.getStatusCode()).as(filledIn.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
      assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isZero();
    } finally {
      repository.deleteDeployment(deployment, true);
    }
  }

  @Test
  void shouldRefuseAnOverrideOfTheProposedOutcomeWithoutAReasonWith400() throws IOException {
    Path form = Path.of("processes/forms/ConfirmOutcome.form");
    String deployment = deployBehindATask(form, "Form_ConfirmOutcome");
    try {
      Task task = openTask(deployment, prefilled("Form_ConfirmOutcome"));
      claim(task);

      assertRefused(post(task, "submit-form", Map.of("outcome", "ITERATE")), "overrideReason");
      assertRefused(
          post(task, "complete", Map.of("outcome", "ADOPT", "overrideReason", " ")),
          "overrideReason");
      ResponseEntity<String> withReason =
          post(
              task,
              "submit-form",
              Map.of(
                  "outcome",
                  "ITERATE",
                  "overrideReason",
                  "The champion changed team; the new one starts in May"));

      assertThat(withReason.getStatusCode())
          .as(withReason.getBody())
          .isEqualTo(HttpStatus.NO_CONTENT);
    } finally {
      repository.deleteDeployment(deployment, true);
    }
  }

  @Test
  void shouldRefuseSetTheVisionCompletedWithoutAVisionAndKeepTheCycleWhereItIs()
      throws IOException {
    var account = data.anAccount();
    rest.withBasicAuth("demo.csm", "demo")
        .postForEntity("/api/v1/accounts/" + account.id() + "/cycles", null, String.class);
    Task setVision =
        tasks
            .createTaskQuery()
            .processVariableValueEquals("accountId", account.id())
            .taskDefinitionKey("Task_SetVision")
            .singleResult();
    claim(setVision);

    assertRefused(post(setVision, "complete", Map.of()), "visionStatement");
    assertRefused(
        post(setVision, "submit-form", Map.of("visionStatement", "Every plan made in Flow")),
        "visionObjectives");

    assertThat(tasks.createTaskQuery().taskId(setVision.getId()).count()).isOne();
    assertThat(
            tasks
                .createTaskQuery()
                .processVariableValueEquals("accountId", account.id())
                .taskDefinitionKey("Task_IdentifyUseCases")
                .count())
        .isZero();
  }

  private void assertRefused(ResponseEntity<String> response, String field) throws IOException {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode body = json.readTree(response.getBody());
    assertThat(body.path("message").asText())
        .contains("Invalid value submitted for form field '" + field + "'");
  }

  /**
   * The values the process already holds when the task opens, as the product's processes set them.
   */
  private static Map<String, Object> prefilled(String formId) {
    return formId.equals("Form_ConfirmOutcome")
        ? Map.of(
            "proposedOutcome", "DISCARD", "outcome", "DISCARD", "useCaseTitle", "Weekly planning")
        : Map.of();
  }

  private static String firstRequiredNotPrefilled(
      TaskFormRules rules, Map<String, Object> prefilled) {
    return rules.fields().stream()
        .filter(
            field ->
                field.required() && field.hideWhen() == null && !prefilled.containsKey(field.key()))
        .map(TaskFormRules.Field::key)
        .findFirst()
        .orElse(null);
  }

  /** A one-task process bound to the form, deployed with it as a designer would. */
  private String deployBehindATask(Path form, String formId) throws IOException {
    var probe =
        Bpmn.createExecutableProcess("FormProbe")
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .userTask("Task_Probe")
            .camundaFormRef(formId)
            .camundaFormRefBinding("deployment")
            .camundaCandidateGroups("cs-manager")
            .endEvent()
            .done();
    return repository
        .createDeployment()
        .name("form-probe")
        .addModelInstance("FormProbe.bpmn", probe)
        .addInputStream(form.getFileName().toString(), Files.newInputStream(form))
        .deploy()
        .getId();
  }

  private Task openTask(String deployment, Map<String, Object> variables) {
    String definition =
        repository.createProcessDefinitionQuery().deploymentId(deployment).singleResult().getId();
    String instance =
        runtime.startProcessInstanceById(definition, new HashMap<>(variables)).getId();
    return tasks.createTaskQuery().processInstanceId(instance).singleResult();
  }

  private void claim(Task task) {
    assertThat(post(task, "claim", Map.of("userId", USER), false).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  private ResponseEntity<String> post(Task task, String action, Map<String, Object> values) {
    return post(task, action, values, true);
  }

  /** As Tasklist sends a form: each value a typed variable. */
  private ResponseEntity<String> post(
      Task task, String action, Map<String, Object> values, boolean asVariables) {
    Object body = values;
    if (asVariables) {
      Map<String, Object> variables = new LinkedHashMap<>();
      values.forEach(
          (name, value) ->
              variables.put(
                  name,
                  Map.of(
                      "value",
                      value,
                      "type",
                      value instanceof Boolean
                          ? "Boolean"
                          : value instanceof Number ? "Double" : "String")));
      body = Map.of("variables", variables);
    }
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(USER, "demo")
        .postForEntity(
            "/engine-rest/task/" + task.getId() + "/" + action,
            new HttpEntity<>(body, headers),
            String.class);
  }
}
