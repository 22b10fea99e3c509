package io.leansuccess.rules.drools;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansuccess.support.LeanSuccessIntegrationTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The pin a step decides by, as the process's steps read it: a node keeps it, and still reads the
 * moved pin of a migrated instance.
 */
@LeanSuccessIntegrationTest
class RulesPinIT {

  static final String PROCESS = "RulesPinProbeProcess";

  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ProcessRulesAsOf rulesAsOf;
  @Autowired JdbcTemplate jdbc;

  private final List<String> deployments = new java.util.ArrayList<>();

  @AfterEach
  void deleteTheProbeProcess() {
    deployments.forEach(id -> repository.deleteDeployment(id, true));
  }

  @Test
  void shouldDecideByTheMovedPinOnceThisNodeMovesARunningInstance() {
    ProcessInstance instance = runtime.startProcessInstanceByKey(deploy().getKey());
    Instant atStart = pinOf(instance, "pinAtStart");
    Instant moved = atStart.plus(3, ChronoUnit.DAYS);

    rulesAsOf.move(List.of(instance.getId()), moved);
    tasks.complete(waitingTask(instance));

    assertThat(pinOf(instance, "pinAfterWait")).isEqualTo(moved);
  }

  /**
   * Another node migrated the instance: its pin row moved there, and this node, which read the pin
   * at the start, is not told; the instance now runs another process definition.
   */
  @Test
  void shouldDecideByThePinAnotherNodeMovedOnceTheInstanceRunsItsNewVersion() {
    ProcessDefinition one = deploy();
    ProcessInstance instance = runtime.startProcessInstanceByKey(one.getKey());
    Instant atStart = pinOf(instance, "pinAtStart");
    Instant moved = atStart.plus(3, ChronoUnit.DAYS);
    ProcessDefinition two = deploy();
    MigrationPlan plan =
        runtime.createMigrationPlan(one.getId(), two.getId()).mapEqualActivities().build();

    jdbc.update(
        "update ls_rules_pin set rules_as_of = ? where process_instance_id = ?",
        java.sql.Timestamp.from(moved),
        instance.getId());
    runtime.newMigration(plan).processInstanceIds(instance.getId()).execute();
    tasks.complete(waitingTask(instance));

    assertThat(pinOf(instance, "pinAfterWait")).isEqualTo(moved);
  }

  /** Each service task keeps the pin its step decides by as a variable, in epoch milliseconds. */
  private ProcessDefinition deploy() {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess(PROCESS)
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .serviceTask("Task_PinAtStart")
            .camundaExpression("${processRulesAsOf.now().get().toEpochMilli()}")
            .camundaResultVariable("pinAtStart")
            .userTask("Task_Wait")
            .serviceTask("Task_PinAfterWait")
            .camundaExpression("${processRulesAsOf.now().get().toEpochMilli()}")
            .camundaResultVariable("pinAfterWait")
            .userTask("Task_End")
            .endEvent()
            .done();
    String id =
        repository
            .createDeployment()
            .name(PROCESS)
            .addModelInstance(PROCESS + ".bpmn", model)
            .deploy()
            .getId();
    deployments.add(id);
    return repository.createProcessDefinitionQuery().deploymentId(id).singleResult();
  }

  private String waitingTask(ProcessInstance instance) {
    return tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
  }

  private Instant pinOf(ProcessInstance instance, String variable) {
    return Instant.ofEpochMilli((Long) runtime.getVariable(instance.getId(), variable));
  }
}
