package io.leansuccess.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansuccess.support.PostgresServer;
import io.leansuccess.support.SecondApplication;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * History cleanup finds expired history by its end time and the process's history time to live
 * (end-time based), so ending a process writes no removal time onto every history table: the
 * history of an instance that ended longer ago than its time to live is deleted, whole, and nothing
 * else is, not a running instance and not one that ended within it.
 */
class HistoryCleanupIT {

  private static final String PROCESS = "Process_ShortLived";

  private ConfigurableApplicationContext app;

  @BeforeEach
  void startTheProductOnAnEmptyDatabase() {
    app = SecondApplication.start(PostgresServer.acquireNewDatabase(), "demo");
  }

  @AfterEach
  void stop() {
    ClockUtil.reset();
    app.close();
    PostgresServer.release();
  }

  @Test
  void shouldDeleteTheHistoryOfInstancesEndedLongerAgoThanTheirTimeToLiveAndKeepTheRest() {
    ProcessEngine engine = app.getBean(ProcessEngine.class);
    engine
        .getRepositoryService()
        .createDeployment()
        .name("A designer's process with a history time to live of 7 days")
        .addModelInstance("short-lived.bpmn", aProcessKeptFor(7))
        .deploy();

    Instant now = Instant.now();
    ClockUtil.setCurrentTime(Date.from(now));
    String endedLongAgo = startAndComplete(engine, "ended 8 days before the cleanup");
    String running = start(engine, "still running");
    ClockUtil.setCurrentTime(Date.from(now.plus(Duration.ofDays(2))));
    String endedRecently = startAndComplete(engine, "ended 6 days before the cleanup");
    assertThat(history().createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS).count())
        .isEqualTo(3);
    // nothing was written onto the history tables when the instances (also the demo's) ended
    assertThat(
            jdbc()
                .queryForObject(
                    "select count(*) from act_hi_procinst where removal_time_ is not null",
                    Integer.class))
        .isZero();

    ClockUtil.setCurrentTime(Date.from(now.plus(Duration.ofDays(8)).plusSeconds(60)));
    runTheCleanup(engine);

    assertThat(
            history()
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey(PROCESS)
                .list()
                .stream()
                .map(instance -> instance.getBusinessKey()))
        .containsExactlyInAnyOrder(running, endedRecently);
    for (String table : new String[] {"act_hi_actinst", "act_hi_taskinst", "act_hi_varinst"}) {
      assertThat(
              jdbc()
                  .queryForObject(
                      "select count(*) from "
                          + table
                          + " h join act_hi_procinst p on p.id_ = h.proc_inst_id_"
                          + " where p.business_key_ = ?",
                      Integer.class,
                      endedLongAgo))
          .as(table)
          .isZero();
      assertThat(
              jdbc()
                  .queryForObject(
                      "select count(*) from "
                          + table
                          + " where proc_inst_id_ not in"
                          + " (select id_ from act_hi_procinst)",
                      Integer.class))
          .as(table + " of deleted instances")
          .isZero();
      assertThat(jdbc().queryForObject("select count(*) from " + table, Integer.class))
          .as(table + " of the kept instances")
          .isPositive();
    }
  }

  private static BpmnModelInstance aProcessKeptFor(int days) {
    return Bpmn.createExecutableProcess(PROCESS)
        .name("Short-lived")
        .camundaHistoryTimeToLive(days)
        .startEvent("StartEvent_Started")
        .userTask("Task_LookAtIt")
        .name("Look at it")
        .endEvent("EndEvent_Done")
        .done();
  }

  private static String start(ProcessEngine engine, String businessKey) {
    RuntimeService runtime = engine.getRuntimeService();
    runtime.startProcessInstanceByKey(
        PROCESS, businessKey, java.util.Map.of("note", "Überprüfung — " + businessKey));
    return businessKey;
  }

  private static String startAndComplete(ProcessEngine engine, String businessKey) {
    start(engine, businessKey);
    TaskService tasks = engine.getTaskService();
    tasks.complete(
        tasks.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult().getId());
    return businessKey;
  }

  /** What Cockpit's "clean up now" does: the cleanup job, run at once, outside its window. */
  private static void runTheCleanup(ProcessEngine engine) {
    Job cleanup = engine.getHistoryService().cleanUpHistoryAsync(true);
    ManagementService management = engine.getManagementService();
    management.executeJob(cleanup.getId());
  }

  private HistoryService history() {
    return app.getBean(ProcessEngine.class).getHistoryService();
  }

  private JdbcTemplate jdbc() {
    return app.getBean(JdbcTemplate.class);
  }
}
