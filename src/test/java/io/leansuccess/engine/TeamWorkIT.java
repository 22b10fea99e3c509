package io.leansuccess.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansuccess.cycle.CycleService;
import io.leansuccess.cycle.SuccessCycleProcess;
import io.leansuccess.support.FormAnswers;
import io.leansuccess.support.Http;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import io.leansuccess.support.TestData;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The engine shows each CSM their teams' work only, through the calls Tasklist and Cockpit make to
 * {@code /engine-rest}; moving the account moves its running work, and work created after the move
 * is the new team's. The account starts in Enterprise EMEA ({@code demo.csm}).
 */
@LeanSuccessIntegrationTest
class TeamWorkIT {

  @LocalServerPort int port;
  @Autowired CycleService cycles;
  @Autowired TestData data;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired AuthorizationService authorizations;
  @Autowired TeamWorkMover mover;
  @Autowired ProcessEngine engine;

  private Http emeaCsm;
  private Http americasCsm;
  private Http emeaManager;
  private Http americasManager;
  private String account;
  private ProcessInstance cycle;
  private Task setVision;

  @BeforeEach
  void givenACycleOfAnEmeaAccount() {
    // the assertions' engine is this context's, whatever other engines an earlier test left
    AbstractAssertions.init(engine);
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-02-01T09:00:00Z")));
    emeaCsm = Http.as(port, "demo.csm", "demo");
    americasCsm = Http.as(port, DemoTeams.OTHER_CSM, "demo");
    emeaManager = Http.as(port, "demo.manager", "demo");
    americasManager = Http.as(port, DemoTeams.OTHER_MANAGER, "demo");
    account = data.anAccount().id();
    cycles.start(account);
    cycle =
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey(SuccessCycleProcess.KEY)
            .processInstanceBusinessKey(account)
            .singleResult();
    setVision =
        tasks
            .createTaskQuery()
            .processInstanceId(cycle.getId())
            .taskDefinitionKey("Task_SetVision")
            .singleResult();
  }

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  void shouldShowTheAccountsWorkToItsTeamOnly() {
    assertSees(emeaCsm);
    assertSeesNothing(americasCsm);
  }

  @Test
  void shouldMoveRunningWorkAndLaterWorkToTheNewTeam() {
    var moved =
        put(
            emeaManager,
            "/api/v1/accounts/" + account + "/team",
            "{\"team\": \""
                + DemoTeams.GROWTH_AMERICAS
                + "\", \"owner\": \""
                + DemoTeams.OTHER_CSM
                + "\"}");
    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);

    assertSees(americasCsm);
    assertSeesNothing(emeaCsm);

    // tasks created after the move: the CSMs' next step, and the managers' escalation of a late
    // vision
    FormAnswers.complete(setVision);
    var next =
        tasks
            .createTaskQuery()
            .processInstanceBusinessKey(account)
            .taskCandidateGroup("csm")
            .list();
    assertThat(next).isNotEmpty();
    for (Task task : next) {
      assertThat(americasCsm.get("/engine-rest/task/" + task.getId()).statusCode()).isEqualTo(200);
      assertThat(emeaCsm.get("/engine-rest/task/" + task.getId()).statusCode()).isEqualTo(404);
    }
    assertThat(
            emeaCsm
                .get(
                    "/engine-rest/task?firstResult=0&maxResults=15&processInstanceBusinessKey="
                        + account)
                .body())
        .isEqualTo("[]");
  }

  @Test
  void shouldGrantWorkThatRanBeforeTeamsOwnedAccountsToTheTeamOnce() {
    // given the instance and the task without their team's grants, as work started before the
    // release
    for (var resource : List.of(Resources.PROCESS_INSTANCE, Resources.HISTORIC_PROCESS_INSTANCE)) {
      authorizations
          .createAuthorizationQuery()
          .resourceType(resource)
          .resourceId(cycle.getId())
          .list()
          .forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
    }
    authorizations
        .createAuthorizationQuery()
        .resourceType(Resources.TASK)
        .resourceId(setVision.getId())
        .list()
        .forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
    assertThat(
            emeaCsm
                .get(
                    "/engine-rest/process-instance?firstResult=0&maxResults=15&businessKey="
                        + account)
                .body())
        .isEqualTo("[]");
    management.deleteProperty(TeamWorkMover.GRANTED_PROPERTY);

    mover.grantWorkStartedBefore();

    assertSees(emeaCsm);
    assertSeesNothing(americasCsm);
    assertThat(management.getProperties()).containsKey(TeamWorkMover.GRANTED_PROPERTY);
  }

  @Test
  void shouldGiveTheEscalationToTheManagersOfTheAccountsTeamOnly() {
    var overdue =
        management
            .createJobQuery()
            .processInstanceId(cycle.getId())
            .activityId("Timer_SetVisionOverdue")
            .singleResult();
    management.executeJob(overdue.getId());
    String followUp =
        tasks
            .createTaskQuery()
            .processInstanceId(cycle.getId())
            .taskDefinitionKey("Task_FollowUpSetVision")
            .singleResult()
            .getId();

    assertThat(emeaManager.get("/engine-rest/task/" + followUp).statusCode()).isEqualTo(200);
    assertThat(emeaCsm.get("/engine-rest/task/" + followUp).statusCode()).isEqualTo(404);
    // a manager, but of another team
    assertThat(americasManager.get("/engine-rest/task/" + followUp).statusCode()).isEqualTo(404);
  }

  private void assertSees(Http csm) {
    assertThat(csm.get("/engine-rest/task/" + setVision.getId()).statusCode()).isEqualTo(200);
    assertThat(
            csm.get(
                    "/engine-rest/task?firstResult=0&maxResults=15&processInstanceBusinessKey="
                        + account)
                .body())
        .contains(setVision.getId());
    assertThat(
            post(
                    csm,
                    "/engine-rest/task?firstResult=0&maxResults=15",
                    "{\"processInstanceBusinessKey\": \"" + account + "\"}")
                .body())
        .contains(setVision.getId());
    assertThat(
            csm.get(
                    "/engine-rest/process-instance?firstResult=0&maxResults=15&businessKey="
                        + account)
                .body())
        .contains(cycle.getId());
    assertThat(
            csm.get("/engine-rest/process-instance/" + cycle.getId() + "/variables").statusCode())
        .isEqualTo(200);
    assertThat(
            csm.get(
                    "/engine-rest/history/process-instance?firstResult=0&maxResults=15&processInstanceBusinessKey="
                        + account)
                .body())
        .contains(cycle.getId());
    assertThat(
            csm.get(
                    "/engine-rest/history/task?firstResult=0&maxResults=15&processInstanceBusinessKey="
                        + account)
                .body())
        .contains(setVision.getId());
    assertThat(
            csm.get(
                    "/engine-rest/job?firstResult=0&maxResults=15&processInstanceId="
                        + cycle.getId())
                .body())
        .contains(cycle.getId());
  }

  private void assertSeesNothing(Http csm) {
    assertThat(csm.get("/engine-rest/task/" + setVision.getId()).statusCode()).isEqualTo(404);
    assertThat(
            csm.get(
                    "/engine-rest/task?firstResult=0&maxResults=15&processInstanceBusinessKey="
                        + account)
                .body())
        .isEqualTo("[]");
    assertThat(
            post(
                    csm,
                    "/engine-rest/task?firstResult=0&maxResults=15",
                    "{\"processInstanceBusinessKey\": \"" + account + "\"}")
                .body())
        .isEqualTo("[]");
    assertThat(csm.get("/engine-rest/task/count?processInstanceBusinessKey=" + account).body())
        .contains("\"count\":0");
    assertThat(
            csm.get(
                    "/engine-rest/process-instance?firstResult=0&maxResults=15&businessKey="
                        + account)
                .body())
        .isEqualTo("[]");
    assertThat(csm.get("/engine-rest/process-instance/" + cycle.getId()).statusCode())
        .isIn(403, 404);
    var variables = csm.get("/engine-rest/process-instance/" + cycle.getId() + "/variables");
    assertThat(variables.statusCode()).isIn(403, 404);
    assertThat(variables.body()).doesNotContain(account);
    assertThat(
            csm.get(
                    "/engine-rest/history/process-instance?firstResult=0&maxResults=15&processInstanceBusinessKey="
                        + account)
                .body())
        .isEqualTo("[]");
    assertThat(
            csm.get(
                    "/engine-rest/history/task?firstResult=0&maxResults=15&processInstanceBusinessKey="
                        + account)
                .body())
        .isEqualTo("[]");
    assertThat(
            csm.get(
                    "/engine-rest/history/variable-instance?firstResult=0&maxResults=15&processInstanceId="
                        + cycle.getId())
                .body())
        .isEqualTo("[]");
    assertThat(
            csm.get(
                    "/engine-rest/job?firstResult=0&maxResults=15&processInstanceId="
                        + cycle.getId())
                .body())
        .isEqualTo("[]");
    assertThat(
            post(csm, "/engine-rest/task/" + setVision.getId() + "/claim", "{\"userId\": \"x\"}")
                .statusCode())
        .isIn(403, 404);
  }

  private static HttpResponse<String> post(Http http, String path, String json) {
    return http.send(
        http.request(path)
            .header("Content-Type", "application/json")
            .POST(BodyPublishers.ofString(json)));
  }

  private static HttpResponse<String> put(Http http, String path, String json) {
    return http.send(
        http.request(path)
            .header("Content-Type", "application/json")
            .PUT(BodyPublishers.ofString(json)));
  }
}
