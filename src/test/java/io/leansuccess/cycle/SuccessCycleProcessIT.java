package io.leansuccess.cycle;

import static io.leansuccess.cycle.SuccessCycleProcess.CALL_EXECUTE_USE_CASES;
import static io.leansuccess.cycle.SuccessCycleProcess.END_CYCLE_CLOSED;
import static io.leansuccess.cycle.SuccessCycleProcess.TASK_ASSIGN_OWNERS;
import static io.leansuccess.cycle.SuccessCycleProcess.TASK_CONFIRM_VISION;
import static io.leansuccess.cycle.SuccessCycleProcess.TASK_EVALUATE_PROGRESS;
import static io.leansuccess.cycle.SuccessCycleProcess.TASK_IDENTIFY_USE_CASES;
import static io.leansuccess.cycle.SuccessCycleProcess.TASK_PLAN_STAKEHOLDER_ENGAGEMENT;
import static io.leansuccess.cycle.SuccessCycleProcess.TASK_REVISE_PLAN;
import static io.leansuccess.cycle.SuccessCycleProcess.TASK_SET_VISION;
import static io.leansuccess.cycle.SuccessCycleProcess.TIMER_NEXT_QUARTER;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.leansuccess.account.Account;
import io.leansuccess.shared.ConflictException;
import io.leansuccess.support.FormAnswers;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import io.leansuccess.support.TestData;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The quarterly cycle with the real services: the vision recorded, the stages, the next quarter and
 * the year's end; its paths and timers on their own are {@code
 * io.leansuccess.process.SuccessCycleProcessTest}'s.
 */
@LeanSuccessIntegrationTest
class SuccessCycleProcessIT {

  @Autowired ProcessEngine engine;
  @Autowired CycleService cycles;
  @Autowired CycleRepository cycleRepository;
  @Autowired TestData data;
  @Autowired VisionService visions;
  ProcessTestSupport process;

  @BeforeEach
  void engineAtHand() {
    process = new ProcessTestSupport(engine);
  }

  @AfterEach
  void realTime() {
    ProcessTestSupport.resetClock();
  }

  @Test
  void shouldSetTheVisionInTheFirstCycleOfTheYear() {
    process.clockAt("2027-02-01T09:00:00Z");
    Cycle cycle = cycles.start(data.anAccount().id());

    ProcessInstance instance = process.cycleProcess(cycle.id());
    assertThat(instance).isWaitingAt(TASK_SET_VISION);
    assertThat(task(TASK_SET_VISION, instance))
        .hasCandidateGroup("csm")
        .hasDueDate(java.util.Date.from(java.time.Instant.parse("2027-02-06T09:00:00Z")));
    Assertions.assertThat(cycle.quarter()).isEqualTo(new Quarter(2027, 1));
    Assertions.assertThat(cycle.stage()).isEqualTo(CycleStage.ENVISION);
  }

  @Test
  void shouldRunACycleWithoutSelectedUseCasesAndConfirmTheVisionNextQuarter() {
    process.clockAt("2027-02-01T09:00:00Z");
    Account account = data.anAccount();
    Cycle first = cycles.start(account.id());
    ProcessInstance instance = process.cycleProcess(first.id());

    Assertions.assertThat(
            engine.getFormService().getDeployedTaskForm(task(TASK_SET_VISION, instance).getId()))
        .asString(java.nio.charset.StandardCharsets.UTF_8)
        .contains("\"id\": \"Form_SetVision\"");
    complete(
        task(TASK_SET_VISION, instance),
        withVariables(
            "visionStatement",
            "Every plan made in the product",
            "visionObjectives",
            "Planning in the product: 80% of weekly plans\nFewer spreadsheets"));
    Assertions.assertThat(visions.find(account.id(), 2027))
        .hasValueSatisfying(
            vision -> {
              Assertions.assertThat(vision.statement()).isEqualTo("Every plan made in the product");
              Assertions.assertThat(vision.objectives())
                  .containsExactly(
                      new Vision.Objective("Planning in the product", "80% of weekly plans"),
                      new Vision.Objective("Fewer spreadsheets", ""));
            });
    completeEnvision(instance, null);
    assertThat(instance)
        .hasPassed(CALL_EXECUTE_USE_CASES + "#multiInstanceBody")
        .isWaitingAt(TASK_EVALUATE_PROGRESS);
    Assertions.assertThat(stageOf(first)).isEqualTo(CycleStage.MEASURE);
    FormAnswers.complete(task(TASK_EVALUATE_PROGRESS, instance));
    assertThat(instance).isWaitingAt(TASK_REVISE_PLAN);
    Assertions.assertThat(stageOf(first)).isEqualTo(CycleStage.REVISE);
    FormAnswers.complete(task(TASK_REVISE_PLAN, instance));
    assertThat(instance).isWaitingAt(TIMER_NEXT_QUARTER);
    Assertions.assertThat(stageOf(first)).isEqualTo(CycleStage.WAITING_FOR_NEXT_QUARTER);
    Assertions.assertThatThrownBy(() -> cycles.start(account.id()))
        .isInstanceOf(ConflictException.class);

    process.clockAt("2027-04-01T00:00:01Z");
    process.fire(instance, TIMER_NEXT_QUARTER);

    assertThat(instance).isEnded().hasPassed(END_CYCLE_CLOSED);
    Cycle second = cycles.current(account.id()).orElseThrow();
    Assertions.assertThat(second.quarter()).isEqualTo(new Quarter(2027, 2));
    Assertions.assertThat(stageOf(first)).isEqualTo(CycleStage.CLOSED);
    assertThat(process.cycleProcess(second.id()))
        .isWaitingAt(TASK_CONFIRM_VISION)
        .variables()
        .containsEntry("accountName", account.name())
        .containsEntry("visionStatement", "Every plan made in the product")
        .containsEntry(
            "visionObjectives", "Planning in the product: 80% of weekly plans\nFewer spreadsheets");
  }

  @Test
  void shouldStartTheNextYearWithSettingTheVision() {
    process.clockAt("2026-11-22T09:00:00Z");
    Account account = data.anAccount();
    Cycle fourthQuarter = cycles.start(account.id());
    ProcessInstance instance = process.cycleProcess(fourthQuarter.id());
    completeEnvision(instance, TASK_SET_VISION);
    FormAnswers.complete(task(TASK_EVALUATE_PROGRESS, instance));
    FormAnswers.complete(task(TASK_REVISE_PLAN, instance));

    Assertions.assertThat(process.timer(instance, TIMER_NEXT_QUARTER).getDuedate())
        .isEqualTo(java.util.Date.from(java.time.Instant.parse("2027-01-01T00:00:00Z")));
    process.clockAt("2027-01-01T00:00:01Z");
    process.fire(instance, TIMER_NEXT_QUARTER);

    Cycle firstOfNewYear = cycles.current(account.id()).orElseThrow();
    Assertions.assertThat(firstOfNewYear.quarter()).isEqualTo(new Quarter(2027, 1));
    assertThat(process.cycleProcess(firstOfNewYear.id())).isWaitingAt(TASK_SET_VISION);
  }

  @Test
  void shouldStartTheNextCycleAtOnceWhenTheQuarterIsAlreadyOver() {
    process.clockAt("2027-02-01T09:00:00Z");
    Cycle cycle = cycles.start(data.anAccount().id());
    ProcessInstance instance = process.cycleProcess(cycle.id());
    completeEnvision(instance, TASK_SET_VISION);
    FormAnswers.complete(task(TASK_EVALUATE_PROGRESS, instance));
    process.clockAt("2027-05-10T09:00:00Z");
    FormAnswers.complete(task(TASK_REVISE_PLAN, instance));

    Assertions.assertThat(process.timer(instance, TIMER_NEXT_QUARTER).getDuedate())
        .isEqualTo(java.util.Date.from(java.time.Instant.parse("2027-05-10T09:00:00Z")));
  }

  private void completeEnvision(ProcessInstance instance, String visionTask) {
    if (visionTask != null) {
      FormAnswers.complete(task(visionTask, instance));
    }
    FormAnswers.complete(task(TASK_IDENTIFY_USE_CASES, instance));
    FormAnswers.complete(task(TASK_ASSIGN_OWNERS, instance));
    FormAnswers.complete(task(TASK_PLAN_STAKEHOLDER_ENGAGEMENT, instance));
  }

  private CycleStage stageOf(Cycle cycle) {
    return cycleRepository.find(cycle.id()).orElseThrow().stage();
  }
}
