package io.leansuccess.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.spring.boot.starter.configuration.impl.DefaultJobConfiguration.JobConfiguration;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Timers as the job executor sees them: {@code jobs} timer jobs due at once, drained by a job
 * executor built exactly as Camunda's Spring Boot starter builds it from the given properties; then
 * {@code trickle} timers falling due one after another over {@code window}, with the executor idle
 * in between, and how late each fired.
 */
final class TimerDrain {

  static final String PROCESS = "BenchmarkTimerProcess";
  static final String TIMER = "Timer_Due";

  /**
   * @param lateness how late the trickled timers fired, in milliseconds
   */
  record Outcome(int jobs, double drainSeconds, Histogram lateness) {

    double jobsPerSecond() {
      return jobs / drainSeconds;
    }

    double p99LatenessSeconds() {
      return lateness.getValueAtPercentile(99) / 1000.0;
    }
  }

  private static final int SEED_CHUNK = 500;

  private final ProcessEngine engine;

  TimerDrain(ProcessEngine engine) {
    this.engine = engine;
  }

  /**
   * A process that only waits for its timer, the cheapest job there is: what is measured is the
   * executor.
   */
  Deployment deploy() {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess(PROCESS)
            .camundaHistoryTimeToLive(1)
            .startEvent("StartEvent_Started")
            .intermediateCatchEvent(TIMER)
            .timerWithDate("${due}")
            .endEvent("EndEvent_Fired")
            .done();
    return engine
        .getRepositoryService()
        .createDeployment()
        .name("benchmark-timers")
        .addModelInstance(PROCESS + ".bpmn", model)
        .deploy();
  }

  Outcome run(CamundaBpmProperties properties, int jobs, int trickle, Duration window)
      throws InterruptedException {
    startAll(jobs, Instant.now().minusSeconds(1));
    ThreadPoolTaskExecutor threads =
        (ThreadPoolTaskExecutor) JobConfiguration.camundaTaskExecutor(properties);
    threads.initialize();
    JobExecutor executor = JobConfiguration.jobExecutor((TaskExecutor) threads, properties);
    // the engine's own job executor, as in production: a job runs only while the engine's executor
    // is active
    var configuration = ((ProcessEngineImpl) engine).getProcessEngineConfiguration();
    JobExecutor before = configuration.getJobExecutor();
    configuration.setJobExecutor(executor);
    executor.registerProcessEngine((ProcessEngineImpl) engine);
    try {
      long start = System.nanoTime();
      executor.start();
      awaitNoTimers();
      double drained = (System.nanoTime() - start) / 1e9;
      Histogram lateness = trickle(trickle, window);
      return new Outcome(jobs, drained, lateness);
    } finally {
      executor.shutdown();
      executor.unregisterProcessEngine((ProcessEngineImpl) engine);
      configuration.setJobExecutor(before);
      threads.shutdown();
    }
  }

  private Histogram trickle(int timers, Duration window) throws InterruptedException {
    if (timers == 0) {
      return new Histogram(3);
    }
    // the executor first finds nothing to do, as on a quiet night
    Thread.sleep(Math.min(window.toMillis(), 10_000));
    Instant first = Instant.now().plusSeconds(2);
    List<String> instances = new ArrayList<>();
    List<Instant> due = new ArrayList<>();
    for (int i = 0; i < timers; i++) {
      Instant at = first.plusMillis(window.toMillis() * i / timers);
      due.add(at);
      instances.add(start(at));
    }
    awaitNoTimers();
    Histogram lateness = new Histogram(3);
    for (int i = 0; i < timers; i++) {
      HistoricActivityInstance fired =
          engine
              .getHistoryService()
              .createHistoricActivityInstanceQuery()
              .processInstanceId(instances.get(i))
              .activityId(TIMER)
              .singleResult();
      lateness.recordValue(Math.max(0, fired.getEndTime().getTime() - due.get(i).toEpochMilli()));
    }
    return lateness;
  }

  /** Many starts to one transaction, so that seeding 10,000 timers takes seconds, not minutes. */
  private void startAll(int count, Instant due) {
    var commands =
        ((ProcessEngineImpl) engine).getProcessEngineConfiguration().getCommandExecutorTxRequired();
    for (int started = 0; started < count; started += SEED_CHUNK) {
      int chunk = Math.min(SEED_CHUNK, count - started);
      commands.execute(
          context -> {
            for (int i = 0; i < chunk; i++) {
              start(due);
            }
            return null;
          });
    }
  }

  private String start(Instant due) {
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(PROCESS, Map.of("due", Date.from(due)))
        .getId();
  }

  /**
   * Until every timer fired; a minute without any firing means the executor is not running them.
   */
  private void awaitNoTimers() throws InterruptedException {
    long left = timersLeft();
    long lastProgress = System.nanoTime();
    while (left > 0) {
      Thread.sleep(50);
      long now = timersLeft();
      if (now < left) {
        lastProgress = System.nanoTime();
      } else if (System.nanoTime() - lastProgress > Duration.ofMinutes(1).toNanos()) {
        throw new IllegalStateException(now + " timers left and none fired for a minute");
      }
      left = now;
    }
  }

  private long timersLeft() {
    return engine.getManagementService().createJobQuery().processDefinitionKey(PROCESS).count();
  }

  /** Each round starts from the same, empty history. */
  void forgetHistory() {
    var history = engine.getHistoryService();
    List<String> ids =
        history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS).list().stream()
            .map(instance -> instance.getId())
            .toList();
    for (int from = 0; from < ids.size(); from += SEED_CHUNK) {
      history.deleteHistoricProcessInstancesBulk(
          ids.subList(from, Math.min(ids.size(), from + SEED_CHUNK)));
    }
  }
}
