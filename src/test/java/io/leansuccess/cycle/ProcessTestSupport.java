package io.leansuccess.cycle;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;

/** Small steps process tests repeat: move the engine clock, find a use case's execution, fire a timer. */
final class ProcessTestSupport {

  private final ProcessEngine engine;

  ProcessTestSupport(ProcessEngine engine) {
    this.engine = engine;
    AbstractAssertions.init(engine);
  }

  void clockAt(String instant) {
    ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
  }

  void clockPlusDays(int days) {
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plusSeconds(86_400L * days)));
  }

  static void resetClock() {
    ClockUtil.reset();
  }

  ProcessInstance execution(String useCaseId) {
    return runtimeService().createProcessInstanceQuery()
        .processDefinitionKey(UseCaseExecutionProcess.KEY)
        .variableValueEquals(UseCaseExecutionProcess.USE_CASE_ID, useCaseId).singleResult();
  }

  ProcessInstance cycleProcess(String cycleId) {
    return runtimeService().createProcessInstanceQuery().processDefinitionKey(SuccessCycleProcess.KEY)
        .variableValueEquals(SuccessCycleProcess.CYCLE_ID, cycleId).singleResult();
  }

  Task task(ProcessInstance instance, String taskDefinitionKey) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(taskDefinitionKey).singleResult();
  }

  List<Task> tasks(ProcessInstance instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).list();
  }

  Job timer(ProcessInstance instance, String activityId) {
    return engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId(activityId).singleResult();
  }

  void fire(ProcessInstance instance, String timerActivityId) {
    Job job = timer(instance, timerActivityId);
    if (job == null) {
      throw new AssertionError("No timer " + timerActivityId + " waiting in " + instance.getId());
    }
    engine.getManagementService().executeJob(job.getId());
  }
}
