package io.leansuccess.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.leansuccess.account.Account;
import io.leansuccess.account.AccountRepository;
import io.leansuccess.cycle.Cycle;
import io.leansuccess.cycle.CycleRepository;
import io.leansuccess.cycle.CycleService;
import io.leansuccess.cycle.SuccessCycleProcess;
import io.leansuccess.getwell.GetWellPlans;
import io.leansuccess.onboarding.OnboardingService;
import io.leansuccess.support.ContractBuilder;
import io.leansuccess.support.Http;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import io.leansuccess.support.PlanStarts;
import io.leansuccess.support.TestData;
import io.leansuccess.usecase.UseCase;
import io.leansuccess.usecase.UseCaseRepository;
import io.leansuccess.usecase.UseCaseStatus;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One account in every process that gives people work: launched from its contract (onboarding), in
 * a cycle with a use case executing, and in a get-well plan. The README's one query, the account id
 * as business key, finds every open task of it, in {@code /engine-rest} and in Tasklist.
 */
@LeanSuccessIntegrationTest
class AccountTasksIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired OnboardingService onboarding;
  @Autowired AccountRepository accounts;
  @Autowired CycleService cycles;
  @Autowired CycleRepository cycleRepository;
  @Autowired UseCaseRepository useCases;
  @Autowired GetWellPlans getWellPlans;
  @Autowired RuntimeService runtime;
  @Autowired ProcessEngine engine;
  @Autowired TaskService tasks;
  @Autowired FilterService filters;
  @Autowired TestData data;

  private String accountId;
  private List<String> processInstanceIds;

  @BeforeEach
  void givenAnAccountInEveryProcessThatCreatesTasks() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-03-01T09:00:00Z")));
    var contract = ContractBuilder.aContract();
    onboarding.receive(contract.build());
    accountId = contract.accountId();
    Account account = accounts.require(accountId);
    Cycle cycle = cycles.start(accountId);
    UseCase useCase = data.aPlannedUseCase(account).create();
    cycleRepository.addUseCase(cycle.id(), useCase.id(), false, 1);
    useCases.setStatus(useCase.id(), UseCaseStatus.SELECTED, Instant.now());
    ProcessInstance cycleProcess =
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey(SuccessCycleProcess.KEY)
            .variableValueEquals(SuccessCycleProcess.CYCLE_ID, cycle.id())
            .singleResult();
    // the cycle moves on to Build while its vision is still being set: both have open tasks
    runtime
        .createProcessInstanceModification(cycleProcess.getId())
        .startBeforeActivity(SuccessCycleProcess.CALL_EXECUTE_USE_CASES + "#multiInstanceBody")
        .setVariable(
            SuccessCycleProcess.SELECTED_USE_CASE_IDS,
            Variables.objectValue(new ArrayList<>(List.of(useCase.id())))
                .serializationDataFormat(Variables.SerializationDataFormats.JSON)
                .create())
        .execute();
    assertThat(getWellPlans.escalate(accountId, "account-tasks-it", List.of("NPS -20"))).isTrue();
    PlanStarts.run(engine, accountId);
    processInstanceIds =
        runtime
            .createProcessInstanceQuery()
            .variableValueEquals("accountId", accountId)
            .list()
            .stream()
            .map(ProcessInstance::getId)
            .toList();
  }

  @AfterEach
  void endTheAccountsProcesses() {
    ClockUtil.reset();
    runtime
        .createProcessInstanceQuery()
        .variableValueEquals("accountId", accountId)
        .rootProcessInstances()
        .list()
        .forEach(
            instance -> runtime.deleteProcessInstance(instance.getId(), "AccountTasksIT is done"));
  }

  @Test
  void shouldFindEveryOpenTaskOfTheAccountByItsIdAsBusinessKey() throws Exception {
    List<String> open = openTasksOfTheAccountsProcesses();
    assertThat(open).hasSizeGreaterThanOrEqualTo(4);
    assertThat(
            tasks
                .createTaskQuery()
                .processInstanceIdIn(processInstanceIds.toArray(String[]::new))
                .list())
        .extracting(Task::getTaskDefinitionKey)
        .contains("Task_ReviewSuccessPlan", "Task_SetVision", "Task_ReadyUseCase", "Task_Diagnose");

    Http manager = Http.as(port, "demo.manager", "demo");
    var found =
        manager.get(
            "/engine-rest/task?processInstanceBusinessKey=" + accountId + "&maxResults=100");

    assertThat(found.statusCode()).isEqualTo(200);
    assertThat(ids(found.body())).containsExactlyInAnyOrderElementsOf(open);
  }

  @Test
  void shouldFindThemInTasklistsSearchByBusinessKey() throws Exception {
    List<String> open = openTasksOfTheAccountsProcesses();
    String myTeamsTasks =
        filters.createFilterQuery().filterName("My team's tasks").singleResult().getId();
    Http csm = Http.as(port, "demo.csm", "demo");

    // what Tasklist sends for the search "Business Key = <account id>" in a filter
    var found =
        csm.send(
            csm.request(
                    "/engine-rest/filter/" + myTeamsTasks + "/list?firstResult=0&maxResults=100")
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(
                    BodyPublishers.ofString(
                        """
            {"processVariables": [], "taskVariables": [], "caseInstanceVariables": [],
             "processInstanceBusinessKey": "%s"}"""
                            .formatted(accountId))));

    assertThat(found.statusCode()).isEqualTo(200);
    assertThat(ids(found.body())).containsExactlyInAnyOrderElementsOf(open);
  }

  private List<String> openTasksOfTheAccountsProcesses() {
    return tasks
        .createTaskQuery()
        .processInstanceIdIn(processInstanceIds.toArray(String[]::new))
        .list()
        .stream()
        .map(Task::getId)
        .toList();
  }

  private static List<String> ids(String body) throws Exception {
    List<String> ids = new ArrayList<>();
    for (JsonNode task : JSON.readTree(body)) {
      ids.add(task.get("id").asText());
    }
    return ids;
  }
}
