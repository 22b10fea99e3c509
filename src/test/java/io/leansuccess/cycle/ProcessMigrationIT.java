package io.leansuccess.cycle;

import static io.leansuccess.cycle.SuccessCycleProcess.CALL_EXECUTE_USE_CASES;
import static io.leansuccess.cycle.SuccessCycleProcess.END_CYCLE_CLOSED;
import static io.leansuccess.cycle.SuccessCycleProcess.TASK_ASSIGN_OWNERS;
import static io.leansuccess.cycle.SuccessCycleProcess.TASK_CONFIRM_OUTCOME;
import static io.leansuccess.cycle.SuccessCycleProcess.TASK_EVALUATE_PROGRESS;
import static io.leansuccess.cycle.SuccessCycleProcess.TASK_IDENTIFY_USE_CASES;
import static io.leansuccess.cycle.SuccessCycleProcess.TASK_PLAN_STAKEHOLDER_ENGAGEMENT;
import static io.leansuccess.cycle.SuccessCycleProcess.TASK_REVISE_PLAN;
import static io.leansuccess.cycle.SuccessCycleProcess.TASK_SET_VISION;
import static io.leansuccess.cycle.SuccessCycleProcess.TASK_SHARE_SUCCESS_STORY;
import static io.leansuccess.cycle.SuccessCycleProcess.TIMER_NEXT_QUARTER;
import static io.leansuccess.execution.UseCaseExecutionProcess.TASK_READY_USE_CASE;
import static io.leansuccess.execution.UseCaseExecutionProcess.TIMER_EXECUTION_PERIOD_ENDS;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.leansuccess.account.Account;
import io.leansuccess.rules.drools.ProcessRulesAsOf;
import io.leansuccess.support.FormAnswers;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import io.leansuccess.support.TestData;
import io.leansuccess.usecase.UseCaseRepository;
import io.leansuccess.usecase.UseCaseStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Version 2 of SuccessCycleProcess adds a task after Revise; running cycles waiting in Build and
 * Measure move to it through {@code POST /api/v1/process-migrations} and finish there, with their
 * variables and use cases; a cycle left out finishes on version 1.
 */
@LeanSuccessIntegrationTest
class ProcessMigrationIT {

  static final String TASK_SHARE_LESSONS = "Task_ShareLessonsLearned";

  @Autowired ProcessEngine engine;
  @Autowired ProcessRulesAsOf rulesAsOf;
  @Autowired CycleService cycles;
  @Autowired CycleRepository cycleRepository;
  @Autowired UseCaseRepository useCases;
  @Autowired TestData data;
  @Autowired TestRestTemplate rest;

  private final ObjectMapper json = new ObjectMapper();
  private ProcessTestSupport process;
  private String versionTwo;

  @BeforeEach
  void engineAtHand() {
    process = new ProcessTestSupport(engine);
    process.clockAt("2027-02-01T09:00:00Z");
  }

  @AfterEach
  void versionOneAgain() {
    if (versionTwo != null) {
      engine.getRepositoryService().deleteDeployment(versionTwo, true);
    }
    ProcessTestSupport.resetClock();
  }

  @Test
  void shouldMoveCyclesWaitingInBuildAndMeasureToVersionTwoAndFinishThemThere() throws Exception {
    Account building = data.anAccount();
    String useCaseId = data.aPlannedUseCase(building).create().id();
    ProcessInstance inBuild = cycleThroughEnvision(building);
    ProcessInstance inMeasure = cycleThroughEnvision(data.anAccount());
    ProcessInstance leftOut = cycleThroughEnvision(data.anAccount());
    assertThat(inBuild).isWaitingAt(CALL_EXECUTE_USE_CASES);
    assertThat(inMeasure).isWaitingAt(TASK_EVALUATE_PROGRESS);
    Map<String, Object> buildVariables = variables(inBuild);
    Map<String, Object> measureVariables = variables(inMeasure);
    Instant leftOutsRules = rulesAsOf.of(leftOut.getId()).orElseThrow();
    versionTwo = deploy(withATaskAfterRevise());
    Date migrating = ClockUtil.getCurrentTime();

    ResponseEntity<String> answer = migrate(inBuild, inMeasure);

    Assertions.assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(202);
    JsonNode report = json.readTree(answer.getBody());
    Assertions.assertThat(report.path("instances").asInt()).isEqualTo(2);
    Assertions.assertThat(report.at("/target/version").asInt()).isEqualTo(versionOf(inBuild) + 1);
    runBatch(report.at("/batchIds/0").asText());
    String target = report.at("/target/processDefinitionId").asText();
    Assertions.assertThat(definitionOf(inBuild)).isEqualTo(target);
    Assertions.assertThat(definitionOf(inMeasure)).isEqualTo(target);
    Assertions.assertThat(definitionOf(leftOut)).isNotEqualTo(target);
    Assertions.assertThat(variables(inBuild)).isEqualTo(buildVariables);
    Assertions.assertThat(variables(inMeasure)).isEqualTo(measureVariables);
    Assertions.assertThat(rulesAsOf.of(inBuild.getId()))
        .hasValueSatisfying(
            pin ->
                Assertions.assertThat(pin)
                    .as("a moved cycle follows the rules in force from its move on")
                    .isAfterOrEqualTo(migrating.toInstant()));
    Assertions.assertThat(rulesAsOf.of(leftOut.getId()))
        .as("a cycle left out keeps the rules it started with")
        .hasValue(leftOutsRules);

    finishTheUseCase(useCaseId);
    assertThat(inBuild).isWaitingAt(TASK_EVALUATE_PROGRESS);
    finishOnVersionTwo(inBuild);
    finishOnVersionTwo(inMeasure);
    Assertions.assertThat(useCases.find(useCaseId).orElseThrow().status())
        .isEqualTo(UseCaseStatus.ADOPTED);
    Assertions.assertThat(cycleRepository.useCase(cycleIdOf(buildVariables), useCaseId))
        .hasValueSatisfying(member -> Assertions.assertThat(member.outcome()).isEqualTo("ADOPT"));

    FormAnswers.complete(task(TASK_EVALUATE_PROGRESS, leftOut));
    FormAnswers.complete(task(TASK_REVISE_PLAN, leftOut));
    assertThat(leftOut).as("version 1 has no lessons task").isWaitingAt(TIMER_NEXT_QUARTER);
  }

  @Test
  void shouldRefuseAPlanThatCannotMapWhereACycleWaitsAndMoveNothing() throws Exception {
    ProcessInstance inMeasure = cycleThroughEnvision(data.anAccount());
    String before = definitionOf(inMeasure);
    long batches = migrationBatches();
    BpmnModelInstance renamed =
        Bpmn.readModelFromFile(Path.of("processes/SuccessCycleProcess.bpmn").toFile());
    renamed.<UserTask>getModelElementById(TASK_EVALUATE_PROGRESS).setId("Task_ReviewProgress");
    versionTwo = deploy(renamed);

    ResponseEntity<String> answer = migrate(inMeasure);

    Assertions.assertThat(answer.getStatusCode().value()).isEqualTo(400);
    JsonNode problem = json.readTree(answer.getBody());
    Assertions.assertThat(problem.path("errors").findValuesAsText("field"))
        .anyMatch(field -> field.endsWith(": " + TASK_EVALUATE_PROGRESS));
    Assertions.assertThat(problem.path("errors").findValuesAsText("message"))
        .anyMatch(
            message ->
                message.contains("wait in " + TASK_EVALUATE_PROGRESS)
                    && message.contains("no activity of the same id"));
    Assertions.assertThat(definitionOf(inMeasure)).isEqualTo(before);
    Assertions.assertThat(migrationBatches()).isEqualTo(batches);
  }

  @Test
  void shouldLetOnlyAdminsMigrate() {
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    var body =
        new HttpEntity<>(
            "{\"processKey\": \"SuccessCycleProcess\", \"validateOnly\": true}", headers);

    Assertions.assertThat(
            rest.withBasicAuth("demo.manager", "demo")
                .postForEntity("/api/v1/process-migrations", body, String.class)
                .getStatusCode()
                .value())
        .isEqualTo(403);
    Assertions.assertThat(
            rest.withBasicAuth("admin", "admin")
                .postForEntity(
                    "/api/v1/process-migrations",
                    new HttpEntity<>("{\"processKey\": \"OnboardingProcess\"}", headers),
                    String.class)
                .getBody())
        .contains("processKey");
  }

  private ProcessInstance cycleThroughEnvision(Account account) {
    ProcessInstance instance = process.cycleProcess(cycles.start(account.id()).id());
    FormAnswers.complete(task(TASK_SET_VISION, instance));
    FormAnswers.complete(task(TASK_IDENTIFY_USE_CASES, instance));
    FormAnswers.complete(task(TASK_ASSIGN_OWNERS, instance));
    FormAnswers.complete(task(TASK_PLAN_STAKEHOLDER_ENGAGEMENT, instance));
    return instance;
  }

  /**
   * The shipped diagram with "Share lessons learned" between Revise and the wait for next quarter.
   */
  private static BpmnModelInstance withATaskAfterRevise() {
    BpmnModelInstance model =
        Bpmn.readModelFromFile(Path.of("processes/SuccessCycleProcess.bpmn").toFile());
    FlowNode revise = model.getModelElementById(TASK_REVISE_PLAN);
    SequenceFlow out = revise.getOutgoing().iterator().next();
    FlowNode next = out.getTarget();
    Process cycle = (Process) revise.getParentElement();
    UserTask lessons = model.newInstance(UserTask.class);
    lessons.setId(TASK_SHARE_LESSONS);
    lessons.setName("Share lessons learned");
    lessons.setCamundaCandidateGroups("csm");
    cycle.addChildElement(lessons);
    out.setTarget(lessons);
    lessons.getIncoming().add(out);
    next.getIncoming().remove(out);
    SequenceFlow onwards = model.newInstance(SequenceFlow.class);
    onwards.setId("Flow_FromShareLessonsLearned");
    cycle.addChildElement(onwards);
    onwards.setSource(lessons);
    onwards.setTarget(next);
    lessons.getOutgoing().add(onwards);
    next.getIncoming().add(onwards);
    return model;
  }

  /** As a designer deploys a new version: the diagram with the forms it references. */
  private String deploy(BpmnModelInstance model) throws IOException {
    DeploymentBuilder deployment =
        engine
            .getRepositoryService()
            .createDeployment()
            .name("SuccessCycleProcess v2")
            .addModelInstance("processes/SuccessCycleProcess.bpmn", model);
    try (Stream<Path> forms = Files.list(Path.of("processes/forms"))) {
      for (Path form : forms.filter(file -> file.toString().endsWith(".form")).toList()) {
        deployment.addString("processes/forms/" + form.getFileName(), Files.readString(form));
      }
    }
    return deployment.deploy().getId();
  }

  private ResponseEntity<String> migrate(ProcessInstance... instances) throws IOException {
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    String body =
        json.writeValueAsString(
            Map.of(
                "processKey",
                SuccessCycleProcess.KEY,
                "processInstanceIds",
                Stream.of(instances).map(ProcessInstance::getId).toList()));
    return rest.withBasicAuth("admin", "admin")
        .postForEntity("/api/v1/process-migrations", new HttpEntity<>(body, headers), String.class);
  }

  /** What the job executor does with a batch: its seed job, then each migration job. */
  private void runBatch(String batchId) {
    var management = engine.getManagementService();
    Batch batch = management.createBatchQuery().batchId(batchId).singleResult();
    for (Job seed :
        management.createJobQuery().jobDefinitionId(batch.getSeedJobDefinitionId()).list()) {
      management.executeJob(seed.getId());
    }
    for (Job migration :
        management.createJobQuery().jobDefinitionId(batch.getBatchJobDefinitionId()).list()) {
      management.executeJob(migration.getId());
    }
  }

  private void finishTheUseCase(String useCaseId) {
    ProcessInstance execution = process.execution(useCaseId);
    FormAnswers.complete(task(TASK_READY_USE_CASE, execution));
    data.measure(useCaseId, "adoption", 22, Instant.parse("2027-04-20T00:00:00Z"));
    data.measure(useCaseId, "savings", 100, Instant.parse("2027-04-20T00:00:00Z"));
    process.clockAt("2027-05-01T09:00:01Z");
    process.fire(execution, TIMER_EXECUTION_PERIOD_ENDS);
    assertThat(execution).isEnded();
  }

  private void finishOnVersionTwo(ProcessInstance instance) {
    FormAnswers.complete(task(TASK_EVALUATE_PROGRESS, instance));
    if (process.task(instance, TASK_CONFIRM_OUTCOME) != null) {
      FormAnswers.complete(task(TASK_CONFIRM_OUTCOME, instance));
      FormAnswers.complete(task(TASK_SHARE_SUCCESS_STORY, instance));
    }
    FormAnswers.complete(task(TASK_REVISE_PLAN, instance));
    assertThat(instance).isWaitingAt(TASK_SHARE_LESSONS);
    complete(task(TASK_SHARE_LESSONS, instance));
    process.clockAt("2027-07-01T00:00:01Z");
    process.fire(instance, TIMER_NEXT_QUARTER);
    assertThat(instance).isEnded().hasPassed(TASK_SHARE_LESSONS, END_CYCLE_CLOSED);
  }

  private Map<String, Object> variables(ProcessInstance instance) {
    return engine.getRuntimeService().getVariables(instance.getId());
  }

  private String definitionOf(ProcessInstance instance) {
    return engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processInstanceId(instance.getId())
        .singleResult()
        .getProcessDefinitionId();
  }

  private int versionOf(ProcessInstance instance) {
    return engine.getRepositoryService().getProcessDefinition(definitionOf(instance)).getVersion();
  }

  private static String cycleIdOf(Map<String, Object> variables) {
    return (String) variables.get(SuccessCycleProcess.CYCLE_ID);
  }

  private long migrationBatches() {
    return engine
        .getManagementService()
        .createBatchQuery()
        .type(Batch.TYPE_PROCESS_INSTANCE_MIGRATION)
        .count();
  }
}
