package io.leansuccess.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The fast process tests' engine ({@code src/test/resources/camunda.cfg.xml}, one for all of them)
 * and what every such test does: the product's settings as the beans the BPMN reads its durations,
 * schedules and switches from, the engine clock, and the timers fired the way the job executor
 * fires them, earliest due first, with the clock at each due date (so what a timer creates, a
 * follow-up's due date or the next check-in, is dated right). A test registers its delegates with
 * {@link Mocks#register} before they run; whatever the diagram reads when it is deployed (a timer
 * start event's schedule) and the clock are set in {@code @BeforeEach}, before the extension
 * deploys the test's {@code @Deployment}.
 */
@ExtendWith(ProcessEngineExtension.class)
abstract class InMemoryEngine {

  private static final Pattern FORM_ID = Pattern.compile("\"id\"\\s*:\\s*\"(Form_[A-Za-z]+)\"");

  protected ProcessEngine engine;

  @BeforeEach
  void shippedSettings(ProcessEngine engine) {
    this.engine = engine;
    AbstractAssertions.init(engine);
    Mocks.register("timing", ShippedSettings.timing());
    Mocks.register("onboarding", ShippedSettings.onboarding());
    Mocks.register("health", ShippedSettings.health());
    Mocks.register("retention", ShippedSettings.retention());
    Mocks.register("renewal", ShippedSettings.renewal());
  }

  @AfterEach
  void realTimeAndNoMocks() {
    ClockUtil.reset();
    Mocks.reset();
  }

  /**
   * The overdue timer of a task, by the convention every process follows: {@code
   * Timer_DiagnoseOverdue}.
   */
  static String overdueTimer(String taskId) {
    return "Timer_" + taskId.substring("Task_".length()) + "Overdue";
  }

  /** The CS manager's follow-up the overdue timer gives: {@code Task_FollowUpDiagnose}. */
  static String followUpTask(String taskId) {
    return "Task_FollowUp" + taskId.substring("Task_".length());
  }

  static void clockAt(String instant) {
    ClockUtil.setCurrentTime(at(instant));
  }

  static Date at(String instant) {
    return Date.from(Instant.parse(instant));
  }

  protected Job timer(ProcessInstance instance, String activityId) {
    return engine
        .getManagementService()
        .createJobQuery()
        .timers()
        .processInstanceId(instance.getId())
        .activityId(activityId)
        .singleResult();
  }

  /** Moves the clock to the timer's due date and fires it. */
  protected void fire(ProcessInstance instance, String activityId) {
    Job timer = timer(instance, activityId);
    assertThat(timer).as("timer %s waiting in the process", activityId).isNotNull();
    fire(timer);
  }

  /**
   * Fires every timer of the test's deployment (its processes, their sub-processes and called
   * processes, its timer start events) that falls due until {@code until}, earliest first (same due
   * date: by element id, so a test reads the same order each run), and returns them in that order
   * as {@code Timer_X at 2027-01-11T09:00:00Z}. What a fired timer schedules next (a check-in's
   * next round) is fired too when it falls due in time.
   */
  protected List<String> fireTimersInDueOrderUntil(String until) {
    List<String> fired = new ArrayList<>();
    for (Job next = nextTimer(until); next != null; next = nextTimer(until)) {
      fired.add(activityOf(next) + " at " + next.getDuedate().toInstant());
      fire(next);
    }
    return fired;
  }

  /**
   * Fires the timer start event of a scheduled process, as its schedule comes due: the run it
   * started.
   */
  protected ProcessInstance startedByItsTimer(String processKey, String startEventId) {
    Job timer =
        engine
            .getManagementService()
            .createJobQuery()
            .timers()
            .processDefinitionKey(processKey)
            .activityId(startEventId)
            .singleResult();
    assertThat(timer).as("%s scheduled by %s", processKey, startEventId).isNotNull();
    fire(timer);
    return engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processDefinitionKey(processKey)
        .singleResult();
  }

  /** Every form the process definition's user tasks reference is in the deployment beside it. */
  protected void assertFormsDeployedWith(String processKey) {
    ProcessDefinition definition =
        engine
            .getRepositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionKey(processKey)
            .latestVersion()
            .singleResult();
    Set<String> referenced = new TreeSet<>();
    engine
        .getRepositoryService()
        .getBpmnModelInstance(definition.getId())
        .getModelElementsByType(UserTask.class)
        .forEach(task -> referenced.add(task.getCamundaFormRef()));
    Set<String> deployed = new TreeSet<>();
    for (String resource :
        engine.getRepositoryService().getDeploymentResourceNames(definition.getDeploymentId())) {
      if (resource.endsWith(".form")) {
        Matcher id = FORM_ID.matcher(resourceText(definition.getDeploymentId(), resource));
        while (id.find()) {
          deployed.add(id.group(1));
        }
      }
    }
    assertThat(deployed).as("forms deployed with %s", processKey).containsAll(referenced);
  }

  private String resourceText(String deploymentId, String resource) {
    try (var in = engine.getRepositoryService().getResourceAsStream(deploymentId, resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Job nextTimer(String until) {
    return engine
        .getManagementService()
        .createJobQuery()
        .timers()
        .duedateLowerThan(new Date(at(until).getTime() + 1))
        .list()
        .stream()
        .min(Comparator.comparing(Job::getDuedate).thenComparing(this::activityOf))
        .orElse(null);
  }

  private void fire(Job timer) {
    ClockUtil.setCurrentTime(timer.getDuedate());
    engine.getManagementService().executeJob(timer.getId());
  }

  private String activityOf(Job job) {
    return engine
        .getManagementService()
        .createJobDefinitionQuery()
        .jobDefinitionId(job.getJobDefinitionId())
        .singleResult()
        .getActivityId();
  }
}
