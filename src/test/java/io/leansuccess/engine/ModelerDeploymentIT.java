package io.leansuccess.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.leansuccess.account.Account;
import io.leansuccess.decision.DecisionService;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import io.leansuccess.support.TestData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * A designer changes one diagram and deploys it from Camunda Modeler (the rocket), with or without
 * "include additional files". The diagram's tasks are bound to forms of their own deployment, so a
 * diagram deployed without its forms is refused, naming the forms.
 */
@LeanSuccessIntegrationTest
class ModelerDeploymentIT {

  static final String DIAGRAM = "SuccessCycleProcess.bpmn";

  @Autowired TestRestTemplate rest;
  @Autowired RepositoryService repository;
  @Autowired TaskService tasks;
  @Autowired DecisionService decisions;
  @Autowired TestData data;
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void shouldRefuseADiagramDeployedWithoutItsFormsNamingTheMissingForms() throws Exception {
    long deployments = repository.createDeploymentQuery().count();

    ResponseEntity<String> response = deployAsModeler(Map.of());

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode body = json.readTree(response.getBody());
    assertThat(body.path("message").asText())
        .contains(
            "Form_SetVision (Task_SetVision in " + DIAGRAM + ")",
            "Form_RevisePlan",
            "Form_FollowUp",
            "Deploy each diagram together with the forms of its tasks");
    assertThat(body.path("details").path(DIAGRAM).path("errors").findValuesAsText("mainElementId"))
        .contains("Task_SetVision", "Task_IdentifyUseCases", "Task_SteeringCheckIn");
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
  }

  @Test
  void shouldOpenTheFormsOfADiagramDeployedWithThemAndKeepTheLatestRules() throws Exception {
    String rulesBefore =
        decisions.evaluate("UseCaseShortlisting", List.of()).rulesVersion().deploymentId();
    ResponseEntity<String> response = deployAsModeler(formsOf(DIAGRAM));
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    String deploymentId = json.readTree(response.getBody()).path("id").asText();
    try {
      Account account = data.anAccount();
      assertThat(
              rest.withBasicAuth("demo.csm", "demo")
                  .postForEntity("/api/v1/accounts/" + account.id() + "/cycles", null, String.class)
                  .getStatusCode())
          .isEqualTo(HttpStatus.CREATED);
      var setVision =
          tasks
              .createTaskQuery()
              .processVariableValueEquals("accountId", account.id())
              .taskDefinitionKey("Task_SetVision")
              .singleResult();
      assertThat(
              repository.getProcessDefinition(setVision.getProcessDefinitionId()).getDeploymentId())
          .isEqualTo(deploymentId);

      ResponseEntity<String> form =
          rest.withBasicAuth("demo.csm", "demo")
              .getForEntity(
                  "/engine-rest/task/" + setVision.getId() + "/deployed-form", String.class);

      assertThat(form.getStatusCode()).as(form.getBody()).isEqualTo(HttpStatus.OK);
      assertThat(json.readTree(form.getBody()).path("id").asText()).isEqualTo("Form_SetVision");
      // a deployment without DRL leaves every decision on its latest rules
      assertThat(decisions.evaluate("UseCaseShortlisting", List.of()).rulesVersion().deploymentId())
          .isEqualTo(rulesBefore);
    } finally {
      rest.withBasicAuth("admin", "admin")
          .exchange(
              "/engine-rest/deployment/" + deploymentId + "?cascade=true",
              HttpMethod.DELETE,
              null,
              String.class);
    }
  }

  /**
   * The request Camunda Modeler 5 sends: name, source, duplicate filtering, the diagram as {@code
   * text/xml} and each additional file as it is, in that order, as the admin.
   */
  private ResponseEntity<String> deployAsModeler(Map<String, byte[]> attachments) {
    var form = new LinkedMultiValueMap<String, Object>();
    form.add("deployment-name", "SuccessCycleProcess");
    form.add("deployment-source", "Camunda Modeler");
    form.add("enable-duplicate-filtering", "true");
    form.add(
        DIAGRAM,
        part(DIAGRAM, bytes(new ClassPathResource("processes/" + DIAGRAM)), MediaType.TEXT_XML));
    attachments.forEach(
        (name, content) -> form.add(name, part(name, content, MediaType.APPLICATION_OCTET_STREAM)));
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.withBasicAuth("admin", "admin")
        .postForEntity(
            "/engine-rest/deployment/create", new HttpEntity<>(form, headers), String.class);
  }

  private static HttpEntity<ByteArrayResource> part(
      String fileName, byte[] content, MediaType type) {
    var headers = new HttpHeaders();
    headers.setContentType(type);
    return new HttpEntity<>(
        new ByteArrayResource(content) {
          @Override
          public String getFilename() {
            return fileName;
          }
        },
        headers);
  }

  /** The form files of processes/forms/ that the diagram's tasks refer to, by file name. */
  private Map<String, byte[]> formsOf(String diagram) throws IOException {
    List<String> formIds = new ArrayList<>();
    Bpmn.readModelFromStream(new ClassPathResource("processes/" + diagram).getInputStream())
        .getModelElementsByType(UserTask.class)
        .forEach(task -> formIds.add(task.getCamundaFormRef()));
    Map<String, byte[]> forms = new TreeMap<>();
    for (Resource form :
        new PathMatchingResourcePatternResolver()
            .getResources("classpath*:processes/forms/*.form")) {
      byte[] content = bytes(form);
      if (formIds.contains(json.readTree(content).path("id").asText())) {
        forms.put(form.getFilename(), content);
      }
    }
    return forms;
  }

  private static byte[] bytes(Resource resource) {
    try (var in = resource.getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
