package io.leansuccess.bench;

import io.leansuccess.support.SqlStatements;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.HdrHistogram.Histogram;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.metrics.MetricsRegistry;
import org.camunda.bpm.engine.management.Metrics;
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
  record Outcome(
      int jobs,
      double drainSeconds,
      Histogram lateness,
      double statementsPerJob,
      Acquisition acquisition) {

    double jobsPerSecond() {
      return jobs / drainSeconds;
    }

    double p99LatenessSeconds() {
      return lateness.getValueAtPercentile(99) / 1000.0;
    }
  }

  /**
   * What the job executor's acquisition did during a drain, from the engine's own metrics: its
   * attempts, the jobs it locked, the jobs it failed to lock (another thread or node took them:
   * optimistic locking), the jobs the executor's queue refused and that acquisition handed again.
   */
  record Acquisition(long attempts, long acquired, long lockFailures, long rejected) {

    static final List<String> METRICS =
        List.of(
            Metrics.JOB_ACQUISITION_ATTEMPT,
            Metrics.JOB_ACQUIRED_SUCCESS,
            Metrics.JOB_ACQUIRED_FAILURE,
            Metrics.JOB_EXECUTION_REJECTED);

    static Acquisition between(Map<String, Long> before, Map<String, Long> after) {
      long[] delta =
          METRICS.stream().mapToLong(name -> after.get(name) - before.get(name)).toArray();
      return new Acquisition(delta[0], delta[1], delta[2], delta[3]);
    }

    double jobsPerAttempt() {
      return attempts == 0 ? 0 : (double) acquired / attempts;
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%d acquisitions (%.1f jobs each), %d lock failures, %d rejected by the queue",
          attempts,
          jobsPerAttempt(),
          lockFailures,
          rejected);
    }
  }

  private static final int SEED_CHUNK = 500;

  private final ProcessEngine engine;
  private final SqlStatements sql;

  TimerDrain(ProcessEngine engine, SqlStatements sql) {
    this.engine = engine;
    this.sql = sql;
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
      // the drain's own statements, less the polls that watch it
      long perPoll = sql.during(this::timersLeft).count().statements();
      Map<String, Long> metricsBefore = metrics();
      SqlStatements.Count counted = sql.now();
      SqlStatements.Kinds kindsBefore = sql.statementsByKind();
      long start = System.nanoTime();
      executor.start();
      long polls = awaitNoTimers();
      double drained = (System.nanoTime() - start) / 1e9;
      long statements = sql.now().minus(counted).statements() - polls * perPoll;
      System.out.printf(
          "%d timers drained: statements a job by kind (the %d polls watching the drain included)%n%s%n",
          jobs, polls, sql.statementsByKind().minus(kindsBefore).table(jobs));
      Acquisition acquisition = Acquisition.between(metricsBefore, metrics());
      Histogram lateness = trickle(trickle, window);
      return new Outcome(jobs, drained, lateness, (double) statements / jobs, acquisition);
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
  private long awaitNoTimers() throws InterruptedException {
    long left = timersLeft();
    long polls = 1;
    long lastProgress = System.nanoTime();
    while (left > 0) {
      Thread.sleep(50);
      long now = timersLeft();
      polls++;
      if (now < left) {
        lastProgress = System.nanoTime();
      } else if (System.nanoTime() - lastProgress > Duration.ofMinutes(1).toNanos()) {
        throw new IllegalStateException(now + " timers left and none fired for a minute");
      }
      left = now;
    }
    return polls;
  }

  private Map<String, Long> metrics() {
    MetricsRegistry registry =
        ((ProcessEngineImpl) engine).getProcessEngineConfiguration().getMetricsRegistry();
    return Acquisition.METRICS.stream()
        .collect(Collectors.toMap(name -> name, name -> registry.getDbMeterByName(name).get()));
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
