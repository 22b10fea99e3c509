package io.leansuccess.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansuccess.cycle.CycleService;
import io.leansuccess.cycle.SuccessCycleProcess;
import io.leansuccess.support.Http;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import io.leansuccess.support.TestData;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An overdue step's follow-up belongs to the CS manager. A CSM (here {@code demo.csm}, in the
 * {@code csm} group only) tries what Tasklist does with a task, straight against {@code
 * /engine-rest}, on the manager's escalation and on the CSM's own task.
 */
@LeanSuccessIntegrationTest
class EscalationAccessIT {

  private static final String FOLLOW_UP =
      "{\"variables\": {\"followUpAction\": {\"value\": \"REMINDED\"}}}";

  @LocalServerPort int port;
  @Autowired CycleService cycles;
  @Autowired TestData data;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;

  private Http csm;
  private Http manager;
  private ProcessInstance cycle;

  @BeforeEach
  void givenACycleWhoseVisionIsOverdue() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-02-01T09:00:00Z")));
    csm = Http.as(port, "demo.csm", "demo");
    manager = Http.as(port, "demo.manager", "demo");
    String account = data.anAccount().id();
    cycles.start(account);
    cycle =
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey(SuccessCycleProcess.KEY)
            .processInstanceBusinessKey(account)
            .singleResult();
    var overdue =
        management
            .createJobQuery()
            .processInstanceId(cycle.getId())
            .activityId("Timer_SetVisionOverdue")
            .singleResult();
    management.executeJob(overdue.getId());
  }

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  void shouldNotLetACsmSeeClaimOrCompleteTheManagersEscalation() {
    String escalation = task("Task_FollowUpSetVision").getId();

    assertThat(csm.get("/engine-rest/task/" + escalation).statusCode()).isEqualTo(404);
    assertThat(
            csm.get("/engine-rest/task?maxResults=100&processInstanceId=" + cycle.getId()).body())
        .doesNotContain(escalation);
    assertThat(csm.get("/engine-rest/task/" + escalation + "/form-variables").statusCode())
        .isIn(403, 404);
    assertThat(
            post(csm, "/engine-rest/task/" + escalation + "/claim", "{\"userId\": \"demo.csm\"}")
                .statusCode())
        .isIn(403, 404);
    assertThat(post(csm, "/engine-rest/task/" + escalation + "/complete", FOLLOW_UP).statusCode())
        .isIn(403, 404);
    assertThat(
            post(csm, "/engine-rest/task/" + escalation + "/submit-form", FOLLOW_UP).statusCode())
        .isIn(403, 404);
    assertThat(
            post(
                    csm,
                    "/engine-rest/process-instance/" + cycle.getId() + "/modification",
                    "{\"instructions\": [{\"type\": \"cancel\", \"activityId\": \"Task_FollowUpSetVision\"}]}")
                .statusCode())
        .as("nor close it by cancelling the step")
        .isIn(403, 404);

    Task stillOpen = task("Task_FollowUpSetVision");
    assertThat(stillOpen).isNotNull();
    assertThat(stillOpen.getAssignee()).isNull();
  }

  @Test
  void shouldLetTheManagerClaimAndCompleteTheEscalation() {
    String escalation = task("Task_FollowUpSetVision").getId();

    assertThat(manager.get("/engine-rest/task/" + escalation).statusCode()).isEqualTo(200);
    assertThat(manager.get("/engine-rest/task/" + escalation + "/form-variables").statusCode())
        .isEqualTo(200);
    assertThat(
            post(
                    manager,
                    "/engine-rest/task/" + escalation + "/claim",
                    "{\"userId\": \"demo.manager\"}")
                .statusCode())
        .isEqualTo(204);
    assertThat(
            post(manager, "/engine-rest/task/" + escalation + "/submit-form", FOLLOW_UP)
                .statusCode())
        .isEqualTo(204);

    assertThat(task("Task_FollowUpSetVision")).isNull();
  }

  @Test
  void shouldLetTheCsmWorkTheCsmsOwnTaskAsTasklistDoes() {
    String setVision = task(SuccessCycleProcess.TASK_SET_VISION).getId();

    assertThat(csm.get("/engine-rest/task/" + setVision).statusCode()).isEqualTo(200);
    assertThat(
            csm.get("/engine-rest/task?maxResults=100&processInstanceId=" + cycle.getId()).body())
        .contains(setVision);
    assertThat(csm.get("/engine-rest/task/" + setVision + "/form").statusCode()).isEqualTo(200);
    assertThat(csm.get("/engine-rest/task/" + setVision + "/deployed-form").statusCode())
        .isEqualTo(200);
    assertThat(csm.get("/engine-rest/task/" + setVision + "/form-variables").statusCode())
        .isEqualTo(200);
    assertThat(
            post(csm, "/engine-rest/task/" + setVision + "/claim", "{\"userId\": \"demo.csm\"}")
                .statusCode())
        .isEqualTo(204);
    assertThat(post(csm, "/engine-rest/task/" + setVision + "/unclaim", "").statusCode())
        .isEqualTo(204);
    assertThat(
            post(csm, "/engine-rest/task/" + setVision + "/claim", "{\"userId\": \"demo.csm\"}")
                .statusCode())
        .isEqualTo(204);
    assertThat(
            post(
                    csm,
                    "/engine-rest/task/" + setVision + "/submit-form",
                    """
        {"variables": {
          "visionStatement": {"value": "Run finance on one platform by the end of the year"},
          "visionObjectives": {"value": "Close the month in three days: days to close"}}}""")
                .statusCode())
        .isEqualTo(204);

    assertThat(task(SuccessCycleProcess.TASK_SET_VISION)).isNull();
  }

  private Task task(String definitionKey) {
    return tasks
        .createTaskQuery()
        .processInstanceId(cycle.getId())
        .taskDefinitionKey(definitionKey)
        .singleResult();
  }

  private static HttpResponse<String> post(Http http, String path, String json) {
    return http.send(
        http.request(path)
            .header("Content-Type", "application/json")
            .POST(BodyPublishers.ofString(json)));
  }
}
