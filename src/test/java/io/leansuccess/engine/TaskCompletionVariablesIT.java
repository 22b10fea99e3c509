package io.leansuccess.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.leansuccess.cycle.CycleService;
import io.leansuccess.support.Http;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import io.leansuccess.support.TasklistSession;
import io.leansuccess.support.TestData;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A REST client completes a task with its form's fields and nothing else: a completion that would
 * also set the process's account (and with it whose team sees the cycle) is refused with 400 naming
 * the variable, through {@code /engine-rest} as through Tasklist's own API, and the process keeps
 * what it had.
 */
@LeanSuccessIntegrationTest
class TaskCompletionVariablesIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired CycleService cycles;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired TestData data;

  private String account;
  private Task setVision;

  @BeforeEach
  void givenTheCsmsTask() {
    account = data.anAccount().id();
    cycles.start(account);
    setVision = tasks.createTaskQuery().processInstanceBusinessKey(account).singleResult();
  }

  @Test
  void shouldRefuseACompletionThatAlsoMovesTheCycleToAnotherAccount() throws Exception {
    Http csm = Http.as(port, "demo.csm", "demo");
    String foreign = data.anAccount().id();

    for (String action : new String[] {"complete", "submit-form", "resolve"}) {
      var response =
          csm.send(
              csm.request("/engine-rest/task/" + setVision.getId() + "/" + action)
                  .header("Content-Type", "application/json")
                  .POST(BodyPublishers.ofString(aVisionWith("accountId", foreign))));

      assertRefused(response, "accountId");
    }
    assertThat(tasks.createTaskQuery().taskId(setVision.getId()).count()).isOne();
    assertThat(runtime.getVariable(setVision.getProcessInstanceId(), "accountId"))
        .isEqualTo(account);
    assertThat(runtime.getVariable(setVision.getProcessInstanceId(), "visionStatement")).isNull();
  }

  @Test
  void shouldCompleteWithTheFormsFieldsAlone() {
    Http csm = Http.as(port, "demo.csm", "demo");

    var response =
        csm.send(
            csm.request("/engine-rest/task/" + setVision.getId() + "/submit-form")
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(aVisionWith(null, null))));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    assertThat(tasks.createTaskQuery().taskId(setVision.getId()).count()).isZero();
  }

  @Test
  void shouldRefuseItThroughTasklistsOwnApiToo() throws Exception {
    var tasklist = TasklistSession.login(port, "demo.csm", "demo");

    var response =
        tasklist.post(
            "/task/" + setVision.getId() + "/submit-form",
            aVisionWith("rulesAsOf", "2020-01-01T00:00:00Z"));

    assertRefused(response, "rulesAsOf");
    assertThat(tasks.createTaskQuery().taskId(setVision.getId()).count()).isOne();
  }

  private static void assertRefused(HttpResponse<String> response, String variable)
      throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    JsonNode error = JSON.readTree(response.body());
    assertThat(error.path("type").asText()).isEqualTo("InvalidRequestException");
    assertThat(error.path("message").asText()).contains("'" + variable + "'");
  }

  /** The Set-the-vision form filled in as Tasklist sends it, and one variable more. */
  private static String aVisionWith(String name, String value) {
    String extra =
        name == null
            ? ""
            : ", \"%s\": {\"value\": \"%s\", \"type\": \"String\"}".formatted(name, value);
    return """
        {"variables": {"visionStatement": {"value": "Run finance on one platform", "type": "String"},
                       "visionObjectives": {"value": "Close the month in three days: days to close", "type": "String"}%s}}"""
        .formatted(extra);
  }
}
