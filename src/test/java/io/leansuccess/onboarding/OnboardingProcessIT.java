package io.leansuccess.onboarding;

import static io.leansuccess.onboarding.OnboardingProcess.TASK_CAPTURE_PRE_EXISTING_USE_CASES;
import static io.leansuccess.onboarding.OnboardingProcess.TASK_GENERATE_SUCCESS_PLAN;
import static io.leansuccess.onboarding.OnboardingProcess.TASK_REFRESH_SUCCESS_PLAN;
import static io.leansuccess.onboarding.OnboardingProcess.TASK_REVIEW_SUCCESS_PLAN;
import static io.leansuccess.onboarding.OnboardingProcess.TASK_SEND_SUCCESS_PLAN;
import static io.leansuccess.onboarding.OnboardingProcess.TASK_SEND_SUCCESS_PLAN_DIRECTLY;
import static io.leansuccess.onboarding.OnboardingProcess.TASK_START_FIRST_CYCLE;
import static io.leansuccess.onboarding.OnboardingProcess.TIMER_LAUNCH_PERIOD_ENDS;
import static io.leansuccess.onboarding.OnboardingProcess.launchTask;
import static io.leansuccess.onboarding.OnboardingProcess.overdueTimer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import io.leansuccess.account.AccountRepository;
import io.leansuccess.cycle.Cycle;
import io.leansuccess.cycle.CycleService;
import io.leansuccess.successplan.SuccessPlan;
import io.leansuccess.successplan.SuccessPlanService;
import io.leansuccess.successplan.SuccessPlanVersion;
import io.leansuccess.support.ContractBuilder;
import io.leansuccess.support.FormAnswers;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import io.leansuccess.support.TestData;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The onboarding with the real services: the plan generated, sent, made again after taking stock,
 * the first cycle started; its paths and timers on their own are {@code
 * io.leansuccess.process.OnboardingProcessTest}'s.
 */
@LeanSuccessIntegrationTest
class OnboardingProcessIT {

  @Autowired ProcessEngine engine;
  @Autowired OnboardingService onboarding;
  @Autowired OnboardingProperties settings;
  @Autowired SuccessPlanService plans;
  @Autowired CycleService cycles;
  @Autowired AccountRepository accounts;
  @Autowired TestData data;

  @BeforeEach
  void signedOnAMonday() {
    AbstractAssertions.init(engine);
    clockAt("2027-01-04T09:00:00Z");
  }

  @AfterEach
  void realTimeAndReview() {
    ClockUtil.reset();
    settings.setSendPlanDirectly(false);
  }

  @Test
  void shouldGenerateThePlanAtOnceAndGiveTheCsmFiveBusinessDaysToReviewIt() {
    ContractBuilder contract = ContractBuilder.aContract();
    ProcessInstance instance = onboard(contract);

    assertThat(instance)
        .hasPassed(TASK_GENERATE_SUCCESS_PLAN)
        .isWaitingAt(TASK_REVIEW_SUCCESS_PLAN)
        // Tasklist's filters show it beside every task
        .variables()
        .containsEntry("accountName", "Initech");
    assertThat(latestPlan(contract).version().reason())
        .isEqualTo(SuccessPlanVersion.Reason.CONTRACT_SIGNED);
    assertThat(task(TASK_REVIEW_SUCCESS_PLAN, instance))
        .hasCandidateGroup("csm")
        .hasDueDate(at("2027-01-11T09:00:00Z"));

    FormAnswers.complete(task(TASK_REVIEW_SUCCESS_PLAN, instance));
    assertThat(task(TASK_SEND_SUCCESS_PLAN, instance)).hasCandidateGroup("csm");
    engine.getTaskService().claim(task(TASK_SEND_SUCCESS_PLAN, instance).getId(), "demo.csm");
    FormAnswers.complete(task(TASK_SEND_SUCCESS_PLAN, instance));

    assertThat(latestPlan(contract).version().sentBy()).isEqualTo("demo.csm");
    assertThat(instance)
        .isWaitingAt(
            Arrays.stream(LaunchArea.values())
                .map(OnboardingProcess::launchTask)
                .toArray(String[]::new));
    assertThat(task(launchTask(LaunchArea.CHAMPIONS), instance))
        .hasCandidateGroup("csm")
        .hasDueDate(at("2027-01-25T09:00:00Z"));
    assertThat(task(launchTask(LaunchArea.COMMUNICATIONS), instance))
        .hasDueDate(at("2027-03-05T09:00:00Z"));
  }

  @Test
  void shouldSendThePlanWithoutReviewWhenTheTeamSwitchedDirectSendOn() {
    settings.setSendPlanDirectly(true);
    ContractBuilder contract = ContractBuilder.aContract();
    ProcessInstance instance = onboard(contract);

    assertThat(instance)
        .hasPassed(TASK_SEND_SUCCESS_PLAN_DIRECTLY)
        .hasNotPassed(TASK_REVIEW_SUCCESS_PLAN)
        .isWaitingAt(launchTask(LaunchArea.COMMUNICATIONS));
    assertThat(latestPlan(contract).version().sentBy())
        .isEqualTo(SuccessPlanVersion.SENT_AUTOMATICALLY);
    assertThat(latestPlan(contract).version().sentAt())
        .isEqualTo(Instant.parse("2027-01-04T09:00:00Z"));
  }

  @Test
  void shouldTakeStockBeforeTheReviewWhenTheAccountWasLiveForAWhileWithoutAPlan() {
    ContractBuilder contract = ContractBuilder.aContract().liveSince("2026-06-01");
    ProcessInstance instance = onboard(contract);

    assertThat(instance).isWaitingAt(TASK_CAPTURE_PRE_EXISTING_USE_CASES);
    assertThat(task(TASK_CAPTURE_PRE_EXISTING_USE_CASES, instance)).hasCandidateGroup("csm");
    String found =
        data.aPlannedUseCase(accounts.find(contract.accountId()).orElseThrow())
            .preExisting()
            .create()
            .id();
    FormAnswers.complete(task(TASK_CAPTURE_PRE_EXISTING_USE_CASES, instance));

    assertThat(instance).hasPassed(TASK_REFRESH_SUCCESS_PLAN).isWaitingAt(TASK_REVIEW_SUCCESS_PLAN);
    SuccessPlan plan = latestPlan(contract);
    assertThat(plan.version().version()).isEqualTo(2);
    assertThat(plan.version().reason()).isEqualTo(SuccessPlanVersion.Reason.STOCK_TAKEN);
    assertThat(plan.document().preExistingUseCases()).extracting("id").containsExactly(found);
  }

  @Test
  void shouldNotTakeStockForAnAccountLiveOnlyAFewWeeks() {
    ProcessInstance instance = onboard(ContractBuilder.aContract().liveSince("2026-12-01"));

    assertThat(instance)
        .hasNotPassed(TASK_CAPTURE_PRE_EXISTING_USE_CASES)
        .isWaitingAt(TASK_REVIEW_SUCCESS_PLAN);
  }

  @Test
  void shouldStartTheFirstCycleWhenAllSixLaunchAreasAreDone() {
    ContractBuilder contract = ContractBuilder.aContract();
    ProcessInstance instance = launched(contract);
    clockAt("2027-01-25T09:00:01Z");
    fire(instance, overdueTimer(launchTask(LaunchArea.CHAMPIONS)));

    for (LaunchArea area : LaunchArea.values()) {
      FormAnswers.complete(task(launchTask(area), instance));
    }

    // the CS manager's follow-up is moot once the work is done: it must not hold back the cycle
    assertThat(instance).hasPassed(TASK_START_FIRST_CYCLE).isEnded();
    assertThat(cycles.current(contract.accountId())).isPresent();
  }

  @Test
  void shouldEndTheLaunchAfterNinetyDaysAndStartTheFirstCycleAnyway() {
    ContractBuilder contract = ContractBuilder.aContract();
    ProcessInstance instance = launched(contract);
    FormAnswers.complete(task(launchTask(LaunchArea.HELP), instance));

    assertThat(timer(instance, TIMER_LAUNCH_PERIOD_ENDS).getDuedate())
        .isEqualTo(at("2027-04-04T09:00:00Z"));
    clockAt("2027-04-04T09:00:01Z");
    fire(instance, TIMER_LAUNCH_PERIOD_ENDS);

    assertThat(instance).hasPassed(TASK_START_FIRST_CYCLE).isEnded();
    Cycle first = cycles.current(contract.accountId()).orElseThrow();
    assertThat(first.quarter().quarter()).isEqualTo(2);
  }

  @Test
  void shouldKeepACycleThatIsAlreadyRunningWhenTheLaunchEnds() {
    ContractBuilder contract = ContractBuilder.aContract();
    ProcessInstance instance = launched(contract);
    Cycle startedByHand = cycles.start(contract.accountId());

    for (LaunchArea area : LaunchArea.values()) {
      FormAnswers.complete(task(launchTask(area), instance));
    }

    assertThat(instance).hasPassed(TASK_START_FIRST_CYCLE).isEnded();
    assertThat(cycles.current(contract.accountId()).orElseThrow().id())
        .isEqualTo(startedByHand.id());
  }

  private ProcessInstance onboard(ContractBuilder contract) {
    onboarding.receive(contract.build());
    return engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processDefinitionKey(OnboardingProcess.KEY)
        .processInstanceBusinessKey(contract.accountId())
        .singleResult();
  }

  /** Onboarded, plan reviewed and sent: the six launch tasks are open. */
  private ProcessInstance launched(ContractBuilder contract) {
    ProcessInstance instance = onboard(contract);
    FormAnswers.complete(task(TASK_REVIEW_SUCCESS_PLAN, instance));
    FormAnswers.complete(task(TASK_SEND_SUCCESS_PLAN, instance));
    return instance;
  }

  private SuccessPlan latestPlan(ContractBuilder contract) {
    return plans.latest(contract.accountId()).orElseThrow();
  }

  private Job timer(ProcessInstance instance, String activityId) {
    return engine
        .getManagementService()
        .createJobQuery()
        .processInstanceId(instance.getId())
        .activityId(activityId)
        .singleResult();
  }

  private void fire(ProcessInstance instance, String activityId) {
    Job job = timer(instance, activityId);
    assertThat(job).as("timer %s waiting", activityId).isNotNull();
    engine.getManagementService().executeJob(job.getId());
  }

  private static Date at(String instant) {
    return Date.from(Instant.parse(instant));
  }

  private static void clockAt(String instant) {
    ClockUtil.setCurrentTime(at(instant));
  }
}
