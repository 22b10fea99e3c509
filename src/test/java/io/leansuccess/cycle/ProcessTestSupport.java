package io.leansuccess.cycle;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import io.leansuccess.execution.UseCaseExecutionProcess;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;

/**
 * Small steps process tests repeat: move the engine clock, find a use case's execution, fire a
 * timer.
 */
public final class ProcessTestSupport {

  private final ProcessEngine engine;

  public ProcessTestSupport(ProcessEngine engine) {
    this.engine = engine;
    AbstractAssertions.init(engine);
  }

  public void clockAt(String instant) {
    ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
  }

  public void clockPlusDays(int days) {
    ClockUtil.setCurrentTime(
        Date.from(ClockUtil.getCurrentTime().toInstant().plusSeconds(86_400L * days)));
  }

  public static void resetClock() {
    ClockUtil.reset();
  }

  public ProcessInstance execution(String useCaseId) {
    return runtimeService()
        .createProcessInstanceQuery()
        .processDefinitionKey(UseCaseExecutionProcess.KEY)
        .variableValueEquals(UseCaseExecutionProcess.USE_CASE_ID, useCaseId)
        .singleResult();
  }

  public ProcessInstance cycleProcess(String cycleId) {
    return runtimeService()
        .createProcessInstanceQuery()
        .processDefinitionKey(SuccessCycleProcess.KEY)
        .variableValueEquals(SuccessCycleProcess.CYCLE_ID, cycleId)
        .singleResult();
  }

  public Task task(ProcessInstance instance, String taskDefinitionKey) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceId(instance.getId())
        .taskDefinitionKey(taskDefinitionKey)
        .singleResult();
  }

  public List<Task> tasks(ProcessInstance instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).list();
  }

  public Job timer(ProcessInstance instance, String activityId) {
    return engine
        .getManagementService()
        .createJobQuery()
        .processInstanceId(instance.getId())
        .activityId(activityId)
        .singleResult();
  }

  public void fire(ProcessInstance instance, String timerActivityId) {
    Job job = timer(instance, timerActivityId);
    if (job == null) {
      throw new AssertionError("No timer " + timerActivityId + " waiting in " + instance.getId());
    }
    engine.getManagementService().executeJob(job.getId());
  }
}
