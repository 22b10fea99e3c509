package io.leansuccess.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.leansuccess.crmdata.CrmDataProcess;
import io.leansuccess.crmdata.CrmDataRequests;
import io.leansuccess.decision.DecisionLog;
import io.leansuccess.decision.DecisionRecord;
import io.leansuccess.engine.DemoTeams;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * "The peril of stasis" through the API, as the CRM and the people arrive: a contract booked
 * without the customer's goals opens a timed task for the account manager the vendor contacts name
 * (a member of {@code account-manager} with that address), which only they work in Tasklist; the
 * success plan marks what is missing; the CRM's update of the contract brings the data, ends the
 * task and regenerates the plan. Without a known account manager the team's CS managers get it.
 */
@LeanSuccessIntegrationTest
class CrmDataApiIT {

  static final String PASSWORD = "Crm-data-it-1";

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired DecisionLog decisions;
  @Autowired FilterService filters;

  private ApiClient crm;
  private ApiClient accountManager;
  private ApiClient emeaCsm;
  private ApiClient americasCsm;
  private ApiClient emeaManager;
  private String accountManagerId;
  private String accountManagerEmail;
  private String account;
  private String contractId;

  @BeforeEach
  void givenTheCrmAnAccountManagerAndANewAccount() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    crm = new ApiClient(port).as(user("crm-" + suffix, null, ApiRoles.INTEGRATION_CRM), PASSWORD);
    accountManagerEmail = "sam." + suffix + "@vendor.example";
    accountManagerId = user("sam.seller." + suffix, accountManagerEmail, "account-manager");
    accountManager = new ApiClient(port).as(accountManagerId, PASSWORD);
    emeaCsm = new ApiClient(port).as("demo.csm", "demo");
    americasCsm = new ApiClient(port).as(DemoTeams.OTHER_CSM, "demo");
    emeaManager = new ApiClient(port).as("demo.manager", "demo");
    account = UUID.randomUUID().toString();
    contractId = UUID.randomUUID().toString();
  }

  @Test
  void shouldAskTheAccountManagerForTheMissingGoalsAndEndWhenTheCrmSendsThem() {
    var booked = crm.post("/api/v1/contracts", contract(accountManagerEmail, List.of()));
    assertThat(booked.status()).as(booked.body()).isEqualTo(201);

    Task task = openTask();
    assertThat(task.getAssignee()).isEqualTo(accountManagerId);
    JsonNode listed =
        accountManager
            .get("/engine-rest/task?processInstanceBusinessKey=" + account + "&maxResults=15")
            .json();
    assertThat(listed.findValuesAsText("id")).containsExactly(task.getId());
    // what Tasklist sends for the account manager's "My tasks"
    String myTasks = filters.createFilterQuery().filterName("My tasks").singleResult().getId();
    var mine =
        accountManager.post(
            "/engine-rest/filter/" + myTasks + "/list?firstResult=0&maxResults=15",
            "{\"processVariables\": [], \"taskVariables\": [], \"caseInstanceVariables\": []}");
    assertThat(mine.status()).as(mine.body()).isEqualTo(200);
    assertThat(mine.json().findValuesAsText("id")).contains(task.getId());
    assertThat(accountManager.get("/engine-rest/task/" + task.getId() + "/form-variables").status())
        .isEqualTo(200);
    // the other team's CSM, and the account's own CSM: neither sees nor completes it
    for (ApiClient other : List.of(americasCsm, emeaCsm)) {
      assertThat(other.get("/engine-rest/task/" + task.getId()).status()).isEqualTo(404);
      assertThat(other.post("/engine-rest/task/" + task.getId() + "/complete", "{}").status())
          .isIn(403, 404);
    }
    // the account manager sees no account: the task is all they get
    assertThat(accountManager.get("/api/v1/accounts/" + account).status()).isIn(403, 404);
    JsonNode plan = emeaCsm.get("/api/v1/accounts/" + account + "/success-plan").json();
    assertThat(plan.at("/plan/missingCrmData/0").asText()).isEqualTo("GOALS");
    assertThat(plan.at("/plan/missingCrmData").size()).isEqualTo(1);
    DecisionRecord incomplete = decisionsAbout().get(0);
    assertThat(incomplete.outcome()).isEqualTo(CrmDataRequests.INCOMPLETE);
    assertThat(incomplete.firedRules()).contains("The customer's goals are missing from the CRM");
    assertThat(incomplete.explanation())
        .contains("Goals: 0 recorded, at least 1 needed")
        .contains("(" + accountManagerId + ")");

    var updated =
        crm.post(
            "/api/v1/contracts",
            contract(accountManagerEmail, List.of("Plan every warehouse week in Flow")));

    assertThat(updated.status()).as(updated.body()).isEqualTo(200);
    assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isZero();
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(account).list())
        .noneMatch(instance -> instance.getProcessDefinitionId().startsWith(CrmDataProcess.KEY));
    JsonNode regenerated = emeaCsm.get("/api/v1/accounts/" + account + "/success-plan").json();
    assertThat(regenerated.at("/plan/missingCrmData").size()).isZero();
    assertThat(regenerated.at("/reason").asText()).isEqualTo("CONTRACT_AMENDED");
    assertThat(decisionsAbout())
        .extracting(DecisionRecord::outcome)
        .containsExactly(CrmDataRequests.INCOMPLETE, CrmDataRequests.COMPLETED);
  }

  @Test
  void shouldLetTheAccountManagerCompleteTheTaskAsTasklistDoesAndOpenANewOneWhenStillMissing() {
    crm.post("/api/v1/contracts", contract(accountManagerEmail, List.of()));
    Task task = openTask();

    var submitted =
        accountManager.post(
            "/engine-rest/task/" + task.getId() + "/submit-form",
            """
            {"variables": {"crmRecordCompleted": {"value": true, "type": "Boolean"},
                           "crmNotes": {"value": "Goals follow after the board meeting", "type": "String"}}}""");

    assertThat(submitted.status()).as(submitted.body()).isEqualTo(204);
    assertThat(crmTasks()).isEmpty();
    // the CRM's next update still lacks the goals: a new request, never two at once
    crm.post("/api/v1/contracts", contract(accountManagerEmail, List.of(), 2));
    crm.post("/api/v1/contracts", contract(accountManagerEmail, List.of(), 3));
    assertThat(crmTasks()).hasSize(1);
  }

  @Test
  void shouldGiveTheTaskToTheTeamsManagersWithoutAKnownAccountManagerAndFollowUpWhenLate() {
    crm.post("/api/v1/contracts", contract("nobody." + account + "@vendor.example", List.of()));
    Task task = openTask();

    assertThat(task.getAssignee()).isNull();
    assertThat(emeaManager.get("/engine-rest/task/" + task.getId()).status()).isEqualTo(200);
    assertThat(americasCsm.get("/engine-rest/task/" + task.getId()).status()).isEqualTo(404);
    assertThat(accountManager.get("/engine-rest/task/" + task.getId()).status()).isEqualTo(404);

    management.executeJob(
        management
            .createJobQuery()
            .processInstanceId(task.getProcessInstanceId())
            .activityId(CrmDataProcess.TIMER_COMPLETE_CRM_DATA_OVERDUE)
            .singleResult()
            .getId());

    Task followUp =
        tasks
            .createTaskQuery()
            .processInstanceId(task.getProcessInstanceId())
            .taskDefinitionKey(CrmDataProcess.TASK_FOLLOW_UP_COMPLETE_CRM_DATA)
            .singleResult();
    assertThat(emeaManager.get("/engine-rest/task/" + followUp.getId()).status()).isEqualTo(200);
    assertThat(emeaCsm.get("/engine-rest/task/" + followUp.getId()).status()).isEqualTo(404);
  }

  private Task openTask() {
    List<Task> open = crmTasks();
    assertThat(open).hasSize(1);
    return open.get(0);
  }

  private List<Task> crmTasks() {
    return tasks
        .createTaskQuery()
        .processInstanceBusinessKey(account)
        .taskDefinitionKey(CrmDataProcess.TASK_COMPLETE_CRM_DATA)
        .list();
  }

  private List<DecisionRecord> decisionsAbout() {
    return decisions.aboutSubject(CrmDataRequests.SUBJECT_TYPE, account);
  }

  private String user(String id, String email, String group) {
    var user = identity.newUser(id);
    user.setFirstName("Test");
    user.setLastName(id);
    user.setEmail(email == null ? id + "@vendor.example" : email);
    user.setPassword(PASSWORD);
    identity.saveUser(user);
    identity.createMembership(id, group);
    return id;
  }

  private String contract(String accountManagerEmail, List<String> goals) {
    return contract(accountManagerEmail, goals, 1);
  }

  /** The same contract id each time: the CRM's update of it (an amendment). */
  private String contract(String accountManagerEmail, List<String> goals, int licencesFactor) {
    String goalsJson =
        goals.stream().map(goal -> "\"" + goal + "\"").reduce((a, b) -> a + ", " + b).orElse("");
    return """
        {"contractId": "%s", "accountId": "%s", "accountName": "Société Générale Logistique", "industry": "Logistics",
         "team": "%s",
         "purchase": {"plan": "Enterprise", "products": ["Flow"], "licences": %d},
         "arr": 120000, "renewalDate": "2028-01-03", "signedAt": "2027-01-04T09:00:00Z",
         "segments": [{"key": "emea", "kind": "GEOGRAPHY", "name": "Europe", "licensedUsers": 100}],
         "customerContacts": [{"name": "Dana Scully", "email": "dana@sgl.example", "title": "COO",
                               "interests": "Fewer late shipments"}],
         "vendorContacts": {"accountManager": {"name": "Sam Seller", "email": "%s"},
                            "csm": {"name": "Casey Success", "email": "demo.csm@example.com"}},
         "goals": [%s], "businessChallenges": ["Peak season doubles the volume"]}"""
        .formatted(
            contractId,
            account,
            DemoTeams.ENTERPRISE_EMEA,
            150 * licencesFactor,
            accountManagerEmail,
            goalsJson);
  }
}
