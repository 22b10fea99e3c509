package io.leansuccess.api;

import static io.leansuccess.api.AccountJson.anAccount;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.leansuccess.cycle.CycleStage;
import io.leansuccess.cycle.Quarter;
import io.leansuccess.cycle.SuccessCycleProcess;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import java.time.Clock;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * /api/v1/accounts/{id}/cycles: starting an account's cycle starts its BPMN process for real. Only
 * its first user task is relied on here; the later steps are the processes' own tests.
 */
@LeanSuccessIntegrationTest
class CycleApiIT {

  @LocalServerPort int port;
  @Autowired Clock clock;
  @Autowired RuntimeService runtimeService;

  private ApiClient csm;
  private String accountId;
  private String cycles;

  @BeforeEach
  void setUp() {
    csm = new ApiClient(port).as("demo.csm", "demo");
    var account = anAccount();
    accountId = account.id();
    assertThat(csm.put("/api/v1/accounts/" + accountId, account.json()).status()).isEqualTo(201);
    cycles = "/api/v1/accounts/" + accountId + "/cycles";
  }

  /**
   * The started processes would otherwise wait in the shared engine for as long as the context
   * lives, and their overdue timers fire when another test moves the engine's clock.
   */
  @AfterEach
  void endTheCyclesProcesses() {
    runtimeService
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(accountId)
        .rootProcessInstances()
        .list()
        .forEach(
            instance ->
                runtimeService.deleteProcessInstance(
                    instance.getId(), "CycleApiIT is done", true, true));
  }

  @Test
  void shouldStartTheCycleInEnvisionWithTheTaskToSetTheVision() {
    var started = csm.post(cycles, "");

    assertThat(started.status()).as(started.body()).isEqualTo(201);
    JsonNode cycle = started.json();
    assertThat(started.header("Location")).endsWith(cycles + "/" + cycle.path("id").asText());
    assertThat(cycle.path("stage").asText()).isEqualTo(CycleStage.ENVISION.name());
    assertThat(cycle.path("processInstanceId").asText()).isNotBlank();
    Quarter quarter = Quarter.of(clock.instant());
    assertThat(cycle.path("quarter").path("year").asInt()).isEqualTo(quarter.year());
    assertThat(cycle.path("quarter").path("quarter").asInt()).isEqualTo(quarter.quarter());
    JsonNode task = taskNamed(cycle, SuccessCycleProcess.TASK_SET_VISION);
    assertThat(task.path("processInstanceId").asText())
        .isEqualTo(cycle.path("processInstanceId").asText());
    assertThat(task.path("candidateGroups").toString()).isEqualTo("[\"csm\"]");
    assertThat(task.path("due").asText()).isNotBlank();
    assertThat(task.path("useCaseId").isNull()).isTrue();
  }

  @Test
  void shouldAnswer409WhenTheAccountAlreadyHasARunningCycle() {
    assertThat(csm.post(cycles, "").status()).isEqualTo(201);

    var problem = csm.post(cycles, "").problem(409);

    assertThat(problem.path("detail").asText()).contains(accountId);
    assertThat(csm.get(cycles).json().path("total").asInt()).isEqualTo(1);
  }

  @Test
  void shouldShowTheCurrentCycleWithTheVisionOfItsYear() {
    int year = Quarter.of(clock.instant()).year();
    csm.put(
        "/api/v1/accounts/" + accountId + "/visions/" + year,
        "{\"statement\": \"Close the month in the product\", \"objectives\": []}");
    String cycleId = csm.post(cycles, "").json().path("id").asText();

    var current = csm.get(cycles + "/current");

    assertThat(current.status()).as(current.body()).isEqualTo(200);
    JsonNode cycle = current.json();
    assertThat(cycle.path("id").asText()).isEqualTo(cycleId);
    assertThat(cycle.path("stage").asText()).isEqualTo("ENVISION");
    assertThat(cycle.path("vision").path("statement").asText())
        .isEqualTo("Close the month in the product");
    assertThat(cycle.path("useCases").size()).isZero();
    assertThat(cycle.path("selection").isNull()).isTrue();
    taskNamed(cycle, SuccessCycleProcess.TASK_SET_VISION);
    assertThat(csm.get(cycles + "/" + cycleId).json().path("id").asText()).isEqualTo(cycleId);
    JsonNode list = csm.get(cycles).json();
    assertThat(list.path("items").path(0).path("id").asText()).isEqualTo(cycleId);
    assertThat(list.path("items").path(0).path("quarter").path("year").asInt()).isEqualTo(year);
  }

  @Test
  void shouldAnswer404WhenTheAccountHasNoRunningCycle() {
    var problem = csm.get(cycles + "/current").problem(404);

    assertThat(problem.path("detail").asText()).contains(accountId);
    csm.get(cycles + "/no-such-cycle").problem(404);
  }

  @Test
  void shouldAnswer404NamingTheAccountWhenItIsUnknown() {
    var onStart = csm.post("/api/v1/accounts/crm-unknown-cycle/cycles", "").problem(404);
    var onCurrent = csm.get("/api/v1/accounts/crm-unknown-cycle/cycles/current").problem(404);

    assertThat(onStart.path("detail").asText()).contains("crm-unknown-cycle");
    assertThat(onCurrent.path("detail").asText()).contains("crm-unknown-cycle");
  }

  private static JsonNode taskNamed(JsonNode cycle, String taskDefinitionKey) {
    return StreamSupport.stream(cycle.path("tasks").spliterator(), false)
        .filter(task -> task.path("taskDefinitionKey").asText().equals(taskDefinitionKey))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "No open task " + taskDefinitionKey + " in " + cycle.path("tasks")));
  }
}
