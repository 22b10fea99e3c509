package io.leansuccess.process;

import static io.leansuccess.reonboarding.ReOnboardingProcess.END_SEGMENT_RE_ONBOARDED;
import static io.leansuccess.reonboarding.ReOnboardingProcess.TASK_SEND_WELCOME_COMMUNICATIONS;
import static io.leansuccess.reonboarding.ReOnboardingProcess.TASK_TRAIN_NEW_USERS;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import io.leansuccess.reonboarding.ReOnboardingProcess;
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
 * Every path and timer of a segment's re-onboarding: welcome and training on time, late, and
 * escalated to the CS manager; the trained base is recorded only when the training is done.
 */
@Deployment(
    resources = {
      "processes/ReOnboardingProcess.bpmn",
      "processes/forms/SendWelcomeCommunications.form",
      "processes/forms/TrainNewUsers.form",
      "processes/forms/FollowUp.form"
    })
class ReOnboardingProcessTest extends InMemoryEngine {

  static final String ACCOUNT_ID = "3f6e2a1b-8c4d-4e9f-a7b6-5c4d3e2f1a0b";
  static final String REASONS =
      "Licensed users up 10% or more since the segment was trained (100 to 124)";

  final ExecutionListener closeReOnboarding = mock(ExecutionListener.class);
  final ExecutionListener segmentTrained = mock(ExecutionListener.class);

  @BeforeEach
  void licencesRaisedOnAFridayMorning() {
    clockAt("2027-01-08T09:00:00Z");
    Mocks.register("closeReOnboarding", closeReOnboarding);
    Mocks.register("segmentTrained", segmentTrained);
  }

  @Test
  void shouldDeployWithTheFormsOfItsTasks() {
    assertFormsDeployedWith(ReOnboardingProcess.KEY);
  }

  @Test
  void shouldWelcomeAndTrainOnTimeAndThenRecordTheTrainedBase() throws Exception {
    ProcessInstance reOnboarding = segmentNeedsReOnboarding();

    assertThat(task(TASK_SEND_WELCOME_COMMUNICATIONS, reOnboarding))
        .hasCandidateGroup("csm")
        .hasDueDate(at("2027-01-13T09:00:00Z"))
        .hasDescription(
            "Send the segment's new users (or all its users, for a new feature) a welcome: where to"
                + " start, the help desk, the community, the next training. Why the rules want the"
                + " segment re-onboarded: "
                + REASONS);
    FormAnswers.complete(task(TASK_SEND_WELCOME_COMMUNICATIONS, reOnboarding));
    assertThat(task(TASK_TRAIN_NEW_USERS, reOnboarding))
        .hasCandidateGroup("csm")
        .hasDueDate(at("2027-01-22T09:00:00Z"));
    verify(segmentTrained, never()).notify(any());

    FormAnswers.complete(task(TASK_TRAIN_NEW_USERS, reOnboarding));

    assertThat(reOnboarding).isEnded().hasPassed(END_SEGMENT_RE_ONBOARDED);
    verify(segmentTrained).notify(any());
    verify(closeReOnboarding).notify(any());
  }

  @Test
  void shouldEscalateALateWelcomeToTheCsManagerOverTheWeekend() throws Exception {
    ProcessInstance reOnboarding = segmentNeedsReOnboarding();

    Assertions.assertThat(fireTimersInDueOrderUntil("2027-01-14T09:00:00Z"))
        .containsExactly(
            overdueTimer(TASK_SEND_WELCOME_COMMUNICATIONS) + " at 2027-01-13T09:00:00Z");

    assertThat(reOnboarding)
        .isWaitingAt(
            TASK_SEND_WELCOME_COMMUNICATIONS, followUpTask(TASK_SEND_WELCOME_COMMUNICATIONS));
    assertThat(task(followUpTask(TASK_SEND_WELCOME_COMMUNICATIONS), reOnboarding))
        .hasCandidateGroup("cs-manager");
    // late, the CSM still welcomes them and the training follows
    FormAnswers.complete(task(TASK_SEND_WELCOME_COMMUNICATIONS, reOnboarding));
    assertThat(reOnboarding)
        .isWaitingAt(TASK_TRAIN_NEW_USERS, followUpTask(TASK_SEND_WELCOME_COMMUNICATIONS));
  }

  @Test
  void shouldEscalateALateTrainingAndCloseOnlyWhenEveryoneIsDone() throws Exception {
    ProcessInstance reOnboarding = segmentNeedsReOnboarding();
    FormAnswers.complete(task(TASK_SEND_WELCOME_COMMUNICATIONS, reOnboarding));

    Assertions.assertThat(fireTimersInDueOrderUntil("2027-01-23T09:00:00Z"))
        .containsExactly(overdueTimer(TASK_TRAIN_NEW_USERS) + " at 2027-01-22T09:00:00Z");
    assertThat(task(followUpTask(TASK_TRAIN_NEW_USERS), reOnboarding))
        .hasCandidateGroup("cs-manager");

    FormAnswers.complete(task(TASK_TRAIN_NEW_USERS, reOnboarding));
    verify(segmentTrained).notify(any());
    verify(closeReOnboarding, never()).notify(any());
    FormAnswers.complete(task(followUpTask(TASK_TRAIN_NEW_USERS), reOnboarding));

    assertThat(reOnboarding).isEnded();
    verify(closeReOnboarding).notify(any());
  }

  @Test
  void shouldCloseWithoutATrainedBaseWhenCancelled() throws Exception {
    ProcessInstance reOnboarding = segmentNeedsReOnboarding();

    engine.getRuntimeService().deleteProcessInstance(reOnboarding.getId(), "Cancelled in Cockpit");

    verify(closeReOnboarding).notify(any());
    verify(segmentTrained, never()).notify(any());
  }

  private ProcessInstance segmentNeedsReOnboarding() {
    return engine
        .getRuntimeService()
        .createMessageCorrelation(ReOnboardingProcess.MESSAGE_SEGMENT_NEEDS_RE_ONBOARDING)
        .processInstanceBusinessKey(ACCOUNT_ID)
        .setVariables(
            Variables.createVariables()
                .putValue(ReOnboardingProcess.ACCOUNT_ID, ACCOUNT_ID)
                .putValue(ReOnboardingProcess.ACCOUNT_NAME, "Initech")
                .putValue(
                    ReOnboardingProcess.RE_ONBOARDING_ID, "6d5c4b3a-0000-4000-8000-000000000001")
                .putValue(ReOnboardingProcess.SEGMENT_KEY, "emea")
                .putValue(ReOnboardingProcess.SEGMENT_NAME, "Europe")
                .putValue(ReOnboardingProcess.REASONS, REASONS))
        .correlateStartMessage();
  }
}
