package io.leansuccess.process;

import static io.leansuccess.crmdata.CrmDataProcess.END_CRM_DATA_ARRIVED;
import static io.leansuccess.crmdata.CrmDataProcess.END_CRM_DATA_COMPLETED;
import static io.leansuccess.crmdata.CrmDataProcess.TASK_COMPLETE_CRM_DATA;
import static io.leansuccess.crmdata.CrmDataProcess.TASK_FOLLOW_UP_COMPLETE_CRM_DATA;
import static io.leansuccess.crmdata.CrmDataProcess.TIMER_COMPLETE_CRM_DATA_OVERDUE;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import io.leansuccess.crmdata.CrmDataProcess;
import io.leansuccess.crmdata.process.CrmDataTaskRouting;
import io.leansuccess.support.FormAnswers;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every path and timer of a request to complete the CRM record: done on time, late and escalated to
 * the CS manager, ended by the data arriving, and routed to the managers without a known account
 * manager.
 */
@Deployment(
    resources = {
      "processes/CompleteCrmDataProcess.bpmn",
      "processes/forms/CompleteCrmData.form",
      "processes/forms/FollowUp.form"
    })
class CompleteCrmDataProcessTest extends InMemoryEngine {

  static final String ACCOUNT_ID = "5a0c8e2f-6b1d-4f7a-9c3e-2d8b7a6f5e4c";
  static final String MISSING = "Goals: 0 recorded, at least 1 needed";

  final ExecutionListener closeCrmDataRequest = mock(ExecutionListener.class);

  @BeforeEach
  void bookedOnAFridayMorning() {
    clockAt("2027-01-08T09:00:00Z");
    Mocks.register("closeCrmDataRequest", closeCrmDataRequest);
    Mocks.register("crmDataTasks", new CrmDataTaskRouting());
  }

  @Test
  void shouldDeployWithTheFormsOfItsTasks() {
    assertFormsDeployedWith(CrmDataProcess.KEY);
  }

  @Test
  void shouldGiveTheAccountManagerFiveBusinessDaysAndEndWhenDoneOnTime() throws Exception {
    ProcessInstance request = crmDataIncomplete("sam.seller");

    assertThat(task(TASK_COMPLETE_CRM_DATA, request))
        .isAssignedTo("sam.seller")
        .hasDueDate(at("2027-01-15T09:00:00Z"))
        .hasDescription(
            "The deal was booked without what the success plan is made from. Complete it in the"
                + " CRM; the CRM's update of the contract ends this task. Missing: "
                + MISSING);
    Assertions.assertThat(
            engine
                .getTaskService()
                .getIdentityLinksForTask(task(TASK_COMPLETE_CRM_DATA, request).getId())
                .stream()
                .filter(link -> link.getGroupId() != null))
        .isEmpty();
    Assertions.assertThat(timer(request, overdueTimer(TASK_COMPLETE_CRM_DATA)).getDuedate())
        .isEqualTo(at("2027-01-15T09:00:00Z"));

    FormAnswers.complete(task(TASK_COMPLETE_CRM_DATA, request));

    assertThat(request).isEnded().hasPassed(END_CRM_DATA_COMPLETED);
    verify(closeCrmDataRequest).notify(any());
  }

  @Test
  void shouldFollowUpWithTheCsManagerWhenLateAndStillTakeTheAccountManagersAnswer()
      throws Exception {
    ProcessInstance request = crmDataIncomplete("sam.seller");

    Assertions.assertThat(fireTimersInDueOrderUntil("2027-01-20T09:00:00Z"))
        .containsExactly(TIMER_COMPLETE_CRM_DATA_OVERDUE + " at 2027-01-15T09:00:00Z");
    assertThat(request).isWaitingAt(TASK_COMPLETE_CRM_DATA, TASK_FOLLOW_UP_COMPLETE_CRM_DATA);
    assertThat(task(TASK_FOLLOW_UP_COMPLETE_CRM_DATA, request))
        .hasCandidateGroup("cs-manager")
        .hasDueDate(at("2027-01-20T09:00:00Z"));

    // late: the account manager still completes it, the manager's follow-up stays theirs
    FormAnswers.complete(task(TASK_COMPLETE_CRM_DATA, request));
    assertThat(request).isWaitingAt(TASK_FOLLOW_UP_COMPLETE_CRM_DATA);
    verify(closeCrmDataRequest, never()).notify(any());

    // escalated: the manager follows up, and the request is closed
    FormAnswers.complete(task(TASK_FOLLOW_UP_COMPLETE_CRM_DATA, request));
    assertThat(request).isEnded().hasPassed("EndEvent_CompleteCrmDataFollowedUp");
    verify(closeCrmDataRequest).notify(any());
  }

  @Test
  void shouldEndWhenTheCrmsUpdateBringsTheDataWhereverItStands() throws Exception {
    ProcessInstance request = crmDataIncomplete("sam.seller");
    fireTimersInDueOrderUntil("2027-01-15T09:00:00Z");

    engine
        .getRuntimeService()
        .createMessageCorrelation(CrmDataProcess.MESSAGE_CRM_DATA_COMPLETED)
        .processInstanceId(request.getId())
        .setVariable(CrmDataProcess.COMPLETED_BY_CONTRACT, "ct-initech-2027")
        .correlateAllWithResult();

    assertThat(request)
        .isEnded()
        .hasPassed(END_CRM_DATA_ARRIVED)
        .hasNotPassed(END_CRM_DATA_COMPLETED)
        .variables()
        .containsEntry(CrmDataProcess.COMPLETED_BY_CONTRACT, "ct-initech-2027");
    Assertions.assertThat(
            engine.getTaskService().createTaskQuery().processInstanceId(request.getId()).count())
        .isZero();
    verify(closeCrmDataRequest).notify(any());
  }

  @Test
  void shouldOfferTheTaskToTheCsManagersWhenNoAccountManagerIsKnown() {
    ProcessInstance request = crmDataIncomplete(null);

    assertThat(task(TASK_COMPLETE_CRM_DATA, request))
        .isNotAssigned()
        .hasCandidateGroup("cs-manager");
  }

  private ProcessInstance crmDataIncomplete(String accountManager) {
    return engine
        .getRuntimeService()
        .createMessageCorrelation(CrmDataProcess.MESSAGE_CRM_DATA_INCOMPLETE)
        .processInstanceBusinessKey(ACCOUNT_ID)
        .setVariables(
            Variables.createVariables()
                .putValue(CrmDataProcess.ACCOUNT_ID, ACCOUNT_ID)
                .putValue(CrmDataProcess.ACCOUNT_NAME, "Initech")
                .putValue(CrmDataProcess.REQUEST_ID, "9b8c7d6e-0000-4000-8000-000000000001")
                .putValue(CrmDataProcess.CONTRACT_ID, "ct-initech-2027")
                .putValue(CrmDataProcess.ACCOUNT_MANAGER, accountManager)
                .putValue(CrmDataProcess.MISSING, MISSING))
        .correlateStartMessage();
  }
}
