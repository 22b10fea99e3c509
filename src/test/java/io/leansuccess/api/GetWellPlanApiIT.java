package io.leansuccess.api;

import static io.leansuccess.api.AccountJson.anAccount;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.leansuccess.getwell.GetWellPlanProcess;
import io.leansuccess.getwell.GetWellPlans;
import io.leansuccess.support.FormAnswers;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import io.leansuccess.support.PlanStarts;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * /api/v1/accounts/{id}/get-well-plans: what the health rules started and closed, as a CSM sees it.
 */
@LeanSuccessIntegrationTest
class GetWellPlanApiIT {

  @LocalServerPort int port;
  @Autowired GetWellPlans getWellPlans;
  @Autowired RuntimeService runtimeService;
  @Autowired ProcessEngine engine;
  @Autowired TaskService taskService;

  private ApiClient csm;
  private String accountId;
  private String plans;

  @BeforeEach
  void setUp() {
    csm = new ApiClient(port).as("demo.csm", "demo");
    var account = anAccount();
    accountId = account.id();
    assertThat(csm.put("/api/v1/accounts/" + accountId, account.json()).status()).isEqualTo(201);
    plans = "/api/v1/accounts/" + accountId + "/get-well-plans";
  }

  @AfterEach
  void endThePlans() {
    runtimeService
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(accountId)
        .list()
        .forEach(
            instance ->
                runtimeService.deleteProcessInstance(instance.getId(), "GetWellPlanApiIT is done"));
  }

  @Test
  void shouldListOpenAndPastPlansWithReasonsStepAndTasks() {
    getWellPlans.escalate(accountId, "evaluation-1", List.of("Invoices overdue", "NPS -20"));
    PlanStarts.run(engine, accountId);
    completeTask(GetWellPlanProcess.TASK_DIAGNOSE);
    getWellPlans.recovered(accountId, "evaluation-2");
    getWellPlans.escalate(
        accountId, "evaluation-3", List.of("Nothing opened in 60 days while usage falls"));
    PlanStarts.run(engine, accountId);

    var answer = csm.get(plans);

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    JsonNode list = answer.json();
    assertThat(list.path("total").asInt()).isEqualTo(2);
    JsonNode open = list.path("items").path(0);
    assertThat(open.path("evaluationId").asText()).isEqualTo("evaluation-3");
    assertThat(open.path("reasons").toString())
        .isEqualTo("[\"Nothing opened in 60 days while usage falls\"]");
    assertThat(open.path("step").asText()).isEqualTo("DIAGNOSE");
    assertThat(open.path("closedAt").isNull()).isTrue();
    assertThat(open.path("startedAt").asText()).isNotBlank();
    JsonNode task = open.path("tasks").path(0);
    assertThat(task.path("taskDefinitionKey").asText()).isEqualTo(GetWellPlanProcess.TASK_DIAGNOSE);
    assertThat(task.path("candidateGroups").toString()).isEqualTo("[\"csm\"]");
    assertThat(task.path("due").asText()).isNotBlank();
    JsonNode past = list.path("items").path(1);
    assertThat(past.path("reasons").toString()).isEqualTo("[\"Invoices overdue\",\"NPS -20\"]");
    assertThat(past.path("step").asText()).isEqualTo("CLOSED");
    assertThat(past.path("closedAt").asText()).isNotBlank();
    assertThat(past.path("recoveryEvaluationId").asText()).isEqualTo("evaluation-2");
    assertThat(past.path("tasks").size()).isZero();

    var one = csm.get(plans + "/" + open.path("id").asText());
    assertThat(one.status()).isEqualTo(200);
    assertThat(one.json().path("processInstanceId").asText())
        .isEqualTo(open.path("processInstanceId").asText());
  }

  @Test
  void shouldShowTheStepOfThePlan() {
    getWellPlans.escalate(accountId, "evaluation-1", List.of("Health red"));
    PlanStarts.run(engine, accountId);
    completeTask(GetWellPlanProcess.TASK_DIAGNOSE);
    assertThat(step()).isEqualTo("AGREE_REMEDIATION");

    completeTask(GetWellPlanProcess.TASK_AGREE_REMEDIATION);

    assertThat(step()).isEqualTo("REMEDIATION");
  }

  @Test
  void shouldAnswer404ForAnUnknownAccountOrPlan() {
    assertThat(csm.get(plans).json().path("total").asInt()).isZero();
    var unknownAccount = csm.get("/api/v1/accounts/crm-unknown-plans/get-well-plans").problem(404);
    assertThat(unknownAccount.path("detail").asText()).contains("crm-unknown-plans");
    csm.get(plans + "/no-such-plan").problem(404);
  }

  private String step() {
    return csm.get(plans).json().path("items").path(0).path("step").asText();
  }

  private void completeTask(String taskDefinitionKey) {
    var task =
        taskService
            .createTaskQuery()
            .processInstanceBusinessKey(accountId)
            .taskDefinitionKey(taskDefinitionKey)
            .singleResult();
    taskService.complete(task.getId(), FormAnswers.forTask(task));
  }
}
