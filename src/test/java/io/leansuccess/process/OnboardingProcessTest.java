package io.leansuccess.process;

import static io.leansuccess.onboarding.OnboardingProcess.END_ONBOARDED;
import static io.leansuccess.onboarding.OnboardingProcess.TASK_CAPTURE_PRE_EXISTING_USE_CASES;
import static io.leansuccess.onboarding.OnboardingProcess.TASK_GENERATE_SUCCESS_PLAN;
import static io.leansuccess.onboarding.OnboardingProcess.TASK_REFRESH_SUCCESS_PLAN;
import static io.leansuccess.onboarding.OnboardingProcess.TASK_REVIEW_SUCCESS_PLAN;
import static io.leansuccess.onboarding.OnboardingProcess.TASK_SEND_SUCCESS_PLAN;
import static io.leansuccess.onboarding.OnboardingProcess.TASK_SEND_SUCCESS_PLAN_DIRECTLY;
import static io.leansuccess.onboarding.OnboardingProcess.TASK_START_FIRST_CYCLE;
import static io.leansuccess.onboarding.OnboardingProcess.TIMER_LAUNCH_PERIOD_ENDS;
import static io.leansuccess.onboarding.OnboardingProcess.launchTask;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import io.leansuccess.onboarding.LaunchArea;
import io.leansuccess.onboarding.OnboardingProcess;
import io.leansuccess.onboarding.OnboardingProperties;
import io.leansuccess.support.FormAnswers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every path and timer of the onboarding: reviewed or sent directly, stock taken, launch done or
 * over.
 */
@Deployment(
    resources = {
      "processes/OnboardingProcess.bpmn",
      "processes/forms/CapturePreExistingUseCases.form",
      "processes/forms/FollowUp.form",
      "processes/forms/LaunchChampions.form",
      "processes/forms/LaunchCommunications.form",
      "processes/forms/LaunchCommunity.form",
      "processes/forms/LaunchHelp.form",
      "processes/forms/LaunchSponsorship.form",
      "processes/forms/LaunchTraining.form",
      "processes/forms/ReviewSuccessPlan.form",
      "processes/forms/SendSuccessPlan.form"
    })
class OnboardingProcessTest extends InMemoryEngine {

  static final String ACCOUNT_ID = "0f8e2c1a-6b7d-4e3f-9a21-5c4d3b2a1f00";

  final List<Object> planReasons = new ArrayList<>();
  final JavaDelegate sendSuccessPlan = mock(JavaDelegate.class);
  final JavaDelegate startFirstCycle = mock(JavaDelegate.class);
  final TaskListener recordSuccessPlanSent = mock(TaskListener.class);
  OnboardingProperties settings;

  @BeforeEach
  void contractSignedOnAMonday() {
    clockAt("2027-01-04T09:00:00Z");
    Mocks.register(
        "generateSuccessPlan",
        (JavaDelegate) execution -> planReasons.add(execution.getVariable("planReason")));
    Mocks.register("sendSuccessPlan", sendSuccessPlan);
    Mocks.register("startFirstCycle", startFirstCycle);
    Mocks.register("recordSuccessPlanSent", recordSuccessPlanSent);
    settings = (OnboardingProperties) Mocks.get("onboarding");
  }

  @Test
  void shouldDeployWithTheFormsOfItsTasks() {
    assertFormsDeployedWith(OnboardingProcess.KEY);
  }

  @Test
  void shouldGenerateThePlanAndGiveTheCsmFiveBusinessDaysToReviewIt() throws Exception {
    ProcessInstance onboarding = onboard(false);

    assertThat(onboarding)
        .hasPassed(TASK_GENERATE_SUCCESS_PLAN)
        .isWaitingAt(TASK_REVIEW_SUCCESS_PLAN);
    Assertions.assertThat(planReasons).containsExactly("CONTRACT_SIGNED");
    assertThat(task(TASK_REVIEW_SUCCESS_PLAN, onboarding))
        .hasCandidateGroup("csm")
        .hasDueDate(at("2027-01-11T09:00:00Z"));
    Assertions.assertThat(timer(onboarding, overdueTimer(TASK_REVIEW_SUCCESS_PLAN)).getDuedate())
        .isEqualTo(at("2027-01-11T09:00:00Z"));

    FormAnswers.complete(task(TASK_REVIEW_SUCCESS_PLAN, onboarding));
    assertThat(task(TASK_SEND_SUCCESS_PLAN, onboarding))
        .hasCandidateGroup("csm")
        .hasDueDate(at("2027-01-06T09:00:00Z"));
    FormAnswers.complete(task(TASK_SEND_SUCCESS_PLAN, onboarding));

    verify(recordSuccessPlanSent).notify(any());
    verify(sendSuccessPlan, never()).execute(any());
    assertThat(onboarding).isWaitingAt(launchTasks());
  }

  @Test
  void shouldSendThePlanWithoutReviewWhenTheTeamSwitchedDirectSendOn() throws Exception {
    settings.setSendPlanDirectly(true);
    ProcessInstance onboarding = onboard(false);

    assertThat(onboarding)
        .hasPassed(TASK_SEND_SUCCESS_PLAN_DIRECTLY)
        .hasNotPassed(TASK_REVIEW_SUCCESS_PLAN)
        .isWaitingAt(launchTasks());
    verify(sendSuccessPlan).execute(any());
  }

  @Test
  void shouldTakeStockAndMakeThePlanAgainBeforeTheReview() {
    ProcessInstance onboarding = onboard(true);

    assertThat(onboarding).isWaitingAt(TASK_CAPTURE_PRE_EXISTING_USE_CASES);
    assertThat(task(TASK_CAPTURE_PRE_EXISTING_USE_CASES, onboarding))
        .hasCandidateGroup("csm")
        .hasDueDate(at("2027-01-18T09:00:00Z"));
    FormAnswers.complete(task(TASK_CAPTURE_PRE_EXISTING_USE_CASES, onboarding));

    assertThat(onboarding)
        .hasPassed(TASK_REFRESH_SUCCESS_PLAN)
        .isWaitingAt(TASK_REVIEW_SUCCESS_PLAN);
    Assertions.assertThat(planReasons).containsExactly("CONTRACT_SIGNED", "STOCK_TAKEN");
  }

  @Test
  void shouldHaveAPlanMadeAgainWithWhatAlreadyWorksReviewedEvenWhenDirectSendIsOn() {
    settings.setSendPlanDirectly(true);
    ProcessInstance onboarding = onboard(true);
    FormAnswers.complete(task(TASK_CAPTURE_PRE_EXISTING_USE_CASES, onboarding));

    assertThat(onboarding)
        .isWaitingAt(TASK_REVIEW_SUCCESS_PLAN)
        .hasNotPassed(TASK_SEND_SUCCESS_PLAN_DIRECTLY);
  }

  @Test
  void shouldGiveTheCsManagerAFollowUpForALateReviewAndKeepTheReviewOpen() {
    ProcessInstance onboarding = onboard(false);

    fire(onboarding, overdueTimer(TASK_REVIEW_SUCCESS_PLAN));

    assertThat(onboarding)
        .isWaitingAt(TASK_REVIEW_SUCCESS_PLAN, followUpTask(TASK_REVIEW_SUCCESS_PLAN));
    assertThat(task(followUpTask(TASK_REVIEW_SUCCESS_PLAN), onboarding))
        .hasCandidateGroup("cs-manager");
    FormAnswers.complete(task(followUpTask(TASK_REVIEW_SUCCESS_PLAN), onboarding));
    assertThat(onboarding)
        .isWaitingAt(TASK_REVIEW_SUCCESS_PLAN)
        .hasPassed("EndEvent_ReviewSuccessPlanFollowedUp");
  }

  @Test
  void shouldGiveTheCsManagerAFollowUpWhenThePlanIsNotSentWithinTwoDays() {
    ProcessInstance onboarding = onboard(false);
    FormAnswers.complete(task(TASK_REVIEW_SUCCESS_PLAN, onboarding));

    Assertions.assertThat(fireTimersInDueOrderUntil("2027-01-06T09:00:00Z"))
        .containsExactly(overdueTimer(TASK_SEND_SUCCESS_PLAN) + " at 2027-01-06T09:00:00Z");

    assertThat(onboarding)
        .isWaitingAt(TASK_SEND_SUCCESS_PLAN, followUpTask(TASK_SEND_SUCCESS_PLAN));
    assertThat(task(followUpTask(TASK_SEND_SUCCESS_PLAN), onboarding))
        .hasCandidateGroup("cs-manager");
  }

  @Test
  void shouldGiveTheCsManagerAFollowUpWhenStockIsNotTakenWithinTwoWeeks() {
    ProcessInstance onboarding = onboard(true);

    Assertions.assertThat(fireTimersInDueOrderUntil("2027-01-18T09:00:00Z"))
        .containsExactly(
            overdueTimer(TASK_CAPTURE_PRE_EXISTING_USE_CASES) + " at 2027-01-18T09:00:00Z");

    assertThat(onboarding)
        .isWaitingAt(
            TASK_CAPTURE_PRE_EXISTING_USE_CASES, followUpTask(TASK_CAPTURE_PRE_EXISTING_USE_CASES));
  }

  @Test
  void shouldStartTheFirstCycleWhenAllSixLaunchAreasAreDoneWithoutWaitingForOpenFollowUps()
      throws Exception {
    ProcessInstance onboarding = launched();
    fire(onboarding, overdueTimer(launchTask(LaunchArea.HELP)));

    for (LaunchArea area : LaunchArea.values()) {
      FormAnswers.complete(task(launchTask(area), onboarding));
    }

    assertThat(onboarding)
        .hasPassed("EndEvent_LaunchComplete", TASK_START_FIRST_CYCLE, END_ONBOARDED)
        .isEnded()
        .hasNotPassed("EndEvent_LaunchHelpFollowedUp");
    verify(startFirstCycle).execute(any());
  }

  @Test
  void shouldFollowUpEachLateLaunchAreaInDueOrderAndEndTheLaunchAfterNinetyDays() throws Exception {
    ProcessInstance onboarding = launched();
    FormAnswers.complete(task(launchTask(LaunchArea.SPONSORSHIP), onboarding));

    List<String> fired = fireTimersInDueOrderUntil("2027-04-04T09:00:00Z");

    Assertions.assertThat(fired)
        .containsExactly(
            overdueTimer(launchTask(LaunchArea.HELP)) + " at 2027-01-18T09:00:00Z",
            overdueTimer(launchTask(LaunchArea.CHAMPIONS)) + " at 2027-01-25T09:00:00Z",
            overdueTimer(launchTask(LaunchArea.COMMUNITY)) + " at 2027-02-03T09:00:00Z",
            overdueTimer(launchTask(LaunchArea.TRAINING)) + " at 2027-02-03T09:00:00Z",
            overdueTimer(launchTask(LaunchArea.COMMUNICATIONS)) + " at 2027-03-05T09:00:00Z",
            TIMER_LAUNCH_PERIOD_ENDS + " at 2027-04-04T09:00:00Z");
    assertThat(onboarding)
        .hasPassed(followUpTask(launchTask(LaunchArea.COMMUNICATIONS)))
        .hasPassed(TASK_START_FIRST_CYCLE, END_ONBOARDED)
        .isEnded();
    verify(startFirstCycle).execute(any());
  }

  @Test
  void shouldDateEachLaunchAreaFromTheLaunchStart() {
    ProcessInstance onboarding = launched();

    Map<LaunchArea, String> due =
        Map.of(
            LaunchArea.HELP,
            "2027-01-18T09:00:00Z",
            LaunchArea.SPONSORSHIP,
            "2027-01-18T09:00:00Z",
            LaunchArea.CHAMPIONS,
            "2027-01-25T09:00:00Z",
            LaunchArea.COMMUNITY,
            "2027-02-03T09:00:00Z",
            LaunchArea.TRAINING,
            "2027-02-03T09:00:00Z",
            LaunchArea.COMMUNICATIONS,
            "2027-03-05T09:00:00Z");
    due.forEach(
        (area, at) ->
            assertThat(task(launchTask(area), onboarding))
                .hasCandidateGroup("csm")
                .hasDueDate(at(at)));
    Assertions.assertThat(timer(onboarding, TIMER_LAUNCH_PERIOD_ENDS).getDuedate())
        .isEqualTo(at("2027-04-04T09:00:00Z"));
    assertThat(onboarding).isWaitingAt(launchTasks());
  }

  private ProcessInstance onboard(boolean takeStock) {
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(
            OnboardingProcess.KEY,
            ACCOUNT_ID,
            Map.of(
                OnboardingProcess.ACCOUNT_ID,
                ACCOUNT_ID,
                OnboardingProcess.ACCOUNT_NAME,
                "Initech",
                OnboardingProcess.CONTRACT_ID,
                "CRM-2027-00042",
                OnboardingProcess.TAKE_STOCK,
                takeStock));
  }

  /** Onboarded on the Monday, the plan reviewed and sent at once: the six launch areas are open. */
  private ProcessInstance launched() {
    ProcessInstance onboarding = onboard(false);
    FormAnswers.complete(task(TASK_REVIEW_SUCCESS_PLAN, onboarding));
    FormAnswers.complete(task(TASK_SEND_SUCCESS_PLAN, onboarding));
    return onboarding;
  }

  private static String[] launchTasks() {
    return Arrays.stream(LaunchArea.values())
        .map(OnboardingProcess::launchTask)
        .toArray(String[]::new);
  }
}
