package io.leansuccess.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.leansuccess.support.Http;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import io.leansuccess.support.TasklistSession;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An administrator who starts one of the product's processes bare through {@code /engine-rest} (by
 * key or by id, with or without variables) is told where it starts instead of meeting a 500 from
 * its first step; nothing starts. A designer's own process starts as usual.
 */
@LeanSuccessIntegrationTest
class ProductProcessStartsIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired RepositoryService repository;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SuccessCycleProcess",
        "OnboardingProcess",
        "GetWellPlanProcess",
        "UseCaseExecutionProcess",
        "HealthEvaluationProcess",
        "HealthDueEvaluationProcess",
        "DataRetentionProcess"
      })
  void shouldTellTheAdministratorThatTheProductStartsItsOwnProcesses(String key) throws Exception {
    long before = runtime.createProcessInstanceQuery().processDefinitionKey(key).count();
    String id =
        repository
            .createProcessDefinitionQuery()
            .processDefinitionKey(key)
            .latestVersion()
            .singleResult()
            .getId();

    var byKey = start("/engine-rest/process-definition/key/" + key + "/start", "{}");
    var byId =
        start(
            "/engine-rest/process-definition/" + id + "/submit-form",
            "{\"variables\": {\"accountId\": {\"value\": \"acme\", \"type\": \"String\"}}}");

    for (var answer : new HttpResponse[] {byKey, byId}) {
      assertThat(answer.statusCode()).as(answer.body().toString()).isEqualTo(400);
      JsonNode error = JSON.readTree(answer.body().toString());
      assertThat(error.path("type").asText()).isEqualTo("InvalidRequestException");
      assertThat(error.path("message").asText()).contains("'" + key + "'");
    }
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(key).count())
        .isEqualTo(before);
  }

  @Test
  void shouldTellItTheAdministratorInTasklistToo() throws Exception {
    var tasklist = TasklistSession.login(port, "admin", "admin");
    long before =
        runtime.createProcessInstanceQuery().processDefinitionKey("SuccessCycleProcess").count();

    var started =
        tasklist.post(
            "/process-definition/key/SuccessCycleProcess/submit-form", "{\"variables\": {}}");

    assertThat(started.statusCode()).as(started.body()).isEqualTo(400);
    assertThat(started.body()).contains("'SuccessCycleProcess'");
    assertThat(
            runtime
                .createProcessInstanceQuery()
                .processDefinitionKey("SuccessCycleProcess")
                .count())
        .isEqualTo(before);
  }

  @Test
  void shouldStartADesignersOwnProcessAsCamundaDoes() {
    String deployment =
        repository
            .createDeployment()
            .name("designers-own")
            .addModelInstance(
                "FeedbackRound.bpmn",
                Bpmn.createExecutableProcess("FeedbackRound")
                    .camundaHistoryTimeToLive(1)
                    .startEvent()
                    .userTask("Task_CollectFeedback")
                    .endEvent()
                    .done())
            .deploy()
            .getId();
    try {
      var started = start("/engine-rest/process-definition/key/FeedbackRound/start", "{}");

      assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
      assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("FeedbackRound").count())
          .isOne();
    } finally {
      repository.deleteDeployment(deployment, true);
    }
  }

  private HttpResponse<String> start(String path, String body) {
    Http admin = Http.as(port, "admin", "admin");
    return admin.send(
        admin
            .request(path)
            .header("Content-Type", "application/json")
            .POST(BodyPublishers.ofString(body)));
  }
}
