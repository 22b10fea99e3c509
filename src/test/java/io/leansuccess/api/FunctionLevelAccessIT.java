package io.leansuccess.api;

import static io.leansuccess.api.AccountJson.anAccount;
import static org.assertj.core.api.Assertions.assertThat;

import io.leansuccess.cycle.SuccessCycleProcess;
import io.leansuccess.getwell.GetWellPlanProcess;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A CSM and a CS manager in Camunda's REST API, with the calls Tasklist and Cockpit make: they work
 * their tasks and see running processes, and they start no process and change no running one past
 * the product's rules (the product starts cycles and onboardings itself, timers and the health
 * rules the rest).
 */
@LeanSuccessIntegrationTest
class FunctionLevelAccessIT {

  /** Tasklist's "Start process" list: only what the user may start. */
  private static final String TASKLIST_START_LIST =
      "/engine-rest/process-definition?latest=true&active=true"
          + "&startableInTasklist=true&startablePermissionCheck=true&firstResult=0&maxResults=15";

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;

  private ApiClient csm;
  private ApiClient manager;
  private String accountId;
  private String cycle;

  @BeforeEach
  void givenAnAccountWithARunningCycleStartedByItsCsm() {
    csm = new ApiClient(port).as("demo.csm", "demo");
    manager = new ApiClient(port).as("demo.manager", "demo");
    var account = anAccount();
    accountId = account.id();
    assertThat(csm.put("/api/v1/accounts/" + accountId, account.json()).status()).isEqualTo(201);
    var started = csm.post("/api/v1/accounts/" + accountId + "/cycles", "");
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    cycle = started.json().path("processInstanceId").asText();
  }

  @AfterEach
  void endTheAccountsProcesses() {
    runtime
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(accountId)
        .rootProcessInstances()
        .list()
        .forEach(
            instance ->
                runtime.deleteProcessInstance(
                    instance.getId(), "FunctionLevelAccessIT is done", true, true));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "GetWellPlanProcess",
        "HealthEvaluationProcess",
        "HealthDueEvaluationProcess",
        "DataRetentionProcess",
        "SuccessCycleProcess",
        "OnboardingProcess",
        "UseCaseExecutionProcess"
      })
  void shouldForbidACsmAndAManagerToStartAProcessThroughCamundasRestApi(String key) {
    long before = runtime.createProcessInstanceQuery().processDefinitionKey(key).count();
    String body =
        "{\"businessKey\": \""
            + accountId
            + "\", \"variables\": {\"accountId\": {\"value\": \""
            + accountId
            + "\", \"type\": \"String\"}}}";

    var byCsm = csm.post("/engine-rest/process-definition/key/" + key + "/start", body);
    var byManager = manager.post("/engine-rest/process-definition/key/" + key + "/start", body);

    assertThat(byCsm.status()).as(byCsm.body()).isEqualTo(403);
    assertThat(byManager.status()).as(byManager.body()).isEqualTo(403);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(key).count())
        .isEqualTo(before);
  }

  @Test
  void shouldForbidACsmToStartAGetWellPlanByItsStartMessage() {
    var correlated =
        csm.post(
            "/engine-rest/message",
            "{\"messageName\": \""
                + GetWellPlanProcess.MESSAGE_ACCOUNT_AT_RISK
                + "\", \"businessKey\": \""
                + accountId
                + "\"}");

    assertThat(correlated.status()).as(correlated.body()).isEqualTo(403);
    assertThat(
            runtime
                .createProcessInstanceQuery()
                .processDefinitionKey(GetWellPlanProcess.KEY)
                .processInstanceBusinessKey(accountId)
                .count())
        .isZero();
  }

  @Test
  void shouldOfferACsmAndAManagerNoProcessToStartInTasklist() {
    var forCsm = csm.get(TASKLIST_START_LIST);
    var forManager = manager.get(TASKLIST_START_LIST);

    assertThat(forCsm.status()).isEqualTo(200);
    assertThat(forCsm.json()).isEmpty();
    assertThat(forManager.status()).isEqualTo(200);
    assertThat(forManager.json()).isEmpty();
  }

  @Test
  void shouldForbidAManagerToSetOrDeleteACyclesVariables() {
    String variable =
        "/engine-rest/process-instance/" + cycle + "/variables/" + SuccessCycleProcess.ACCOUNT_NAME;

    var set = manager.put(variable, "{\"value\": \"Someone Else\", \"type\": \"String\"}");
    var modified =
        manager.post(
            "/engine-rest/process-instance/" + cycle + "/variables",
            "{\"modifications\": {\""
                + SuccessCycleProcess.YEAR
                + "\": {\"value\": 1999, \"type\": \"Integer\"}}}");
    var deleted = manager.delete(variable);
    var suspended =
        manager.put(
            "/engine-rest/process-instance/" + cycle + "/suspended", "{\"suspended\": true}");

    assertThat(set.status()).as(set.body()).isEqualTo(403);
    assertThat(modified.status()).as(modified.body()).isEqualTo(403);
    assertThat(deleted.status()).as(deleted.body()).isEqualTo(403);
    assertThat(suspended.status()).as(suspended.body()).isEqualTo(403);
    assertThat(runtime.getVariable(cycle, SuccessCycleProcess.ACCOUNT_NAME))
        .isEqualTo("Acme Corporation");
    assertThat(runtime.getVariable(cycle, SuccessCycleProcess.YEAR)).isNotEqualTo(1999);
    assertThat(
            runtime
                .createProcessInstanceQuery()
                .processInstanceId(cycle)
                .singleResult()
                .isSuspended())
        .isFalse();
  }

  @Test
  void shouldForbidTheTaskWorkersToSetOrDeleteACyclesVariablesThroughATask() {
    String task =
        tasks
            .createTaskQuery()
            .processInstanceId(cycle)
            .taskDefinitionKey(SuccessCycleProcess.TASK_SET_VISION)
            .singleResult()
            .getId();
    String variable =
        "/engine-rest/task/" + task + "/variables/" + SuccessCycleProcess.ACCOUNT_NAME;

    var setByCsm = csm.put(variable, "{\"value\": \"Someone Else\", \"type\": \"String\"}");
    var setByManager = manager.put(variable, "{\"value\": \"Someone Else\", \"type\": \"String\"}");
    var deletedByManager = manager.delete(variable);

    assertThat(setByCsm.status()).as(setByCsm.body()).isEqualTo(403);
    assertThat(setByManager.status()).as(setByManager.body()).isEqualTo(403);
    assertThat(deletedByManager.status()).as(deletedByManager.body()).isEqualTo(403);
    assertThat(runtime.getVariable(cycle, SuccessCycleProcess.ACCOUNT_NAME))
        .isEqualTo("Acme Corporation");
  }

  @Test
  void shouldShowAManagerTheRunningCycleAsCockpitDoes() {
    var instances =
        manager.get(
            "/engine-rest/process-instance?firstResult=0&maxResults=15&processDefinitionKey="
                + SuccessCycleProcess.KEY
                + "&businessKey="
                + accountId);
    var variables = manager.get("/engine-rest/process-instance/" + cycle + "/variables");
    var activities = manager.get("/engine-rest/process-instance/" + cycle + "/activity-instances");
    var past =
        manager.get(
            "/engine-rest/history/process-instance?firstResult=0&maxResults=15&processInstanceId="
                + cycle);

    assertThat(instances.status()).isEqualTo(200);
    assertThat(instances.json()).hasSize(1);
    assertThat(variables.status()).isEqualTo(200);
    assertThat(variables.json().path(SuccessCycleProcess.ACCOUNT_NAME).path("value").asText())
        .isEqualTo("Acme Corporation");
    assertThat(activities.status()).isEqualTo(200);
    assertThat(past.status()).isEqualTo(200);
    assertThat(past.json().path(0).path("startUserId").asText())
        .as("the product's start names its user")
        .isEqualTo("demo.csm");
  }

  @Test
  void shouldLetTheCsmWorkTheCyclesTaskAsTasklistDoes() {
    String task =
        tasks
            .createTaskQuery()
            .processInstanceId(cycle)
            .taskDefinitionKey(SuccessCycleProcess.TASK_SET_VISION)
            .singleResult()
            .getId();

    var listed =
        csm.get("/engine-rest/task?firstResult=0&maxResults=15&processInstanceId=" + cycle);
    var form = csm.get("/engine-rest/task/" + task + "/form-variables");
    var claimed = csm.post("/engine-rest/task/" + task + "/claim", "{\"userId\": \"demo.csm\"}");

    assertThat(listed.status()).isEqualTo(200);
    assertThat(listed.json()).hasSize(1);
    assertThat(form.status()).as(form.body()).isEqualTo(200);
    assertThat(claimed.status()).as(claimed.body()).isEqualTo(204);
    assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee())
        .isEqualTo("demo.csm");
  }
}
