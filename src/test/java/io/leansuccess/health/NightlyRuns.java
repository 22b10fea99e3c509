package io.leansuccess.health;

import io.leansuccess.bench.BenchmarkResult;
import io.leansuccess.getwell.GetWellPlanProcess;
import io.leansuccess.support.SqlStatements;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.spring.boot.starter.configuration.impl.DefaultJobConfiguration.JobConfiguration;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Nightly health runs over a seeded customer base, as {@link HealthEvaluationBenchmark} measures
 * them: the jobs run one after the other on the calling thread, as one job executor thread would,
 * first the run's chunks, then the start jobs of the get-well plans they escalated (each plan
 * starts in a job of its own); four chunks are evaluated and forgotten first, so that no measured
 * run pays for warming up the JIT.
 */
final class NightlyRuns {

  static final Instant NOW = Instant.parse("2026-10-01T08:00:00Z");
  static final String NAME = "6 nightly run";

  private final ProcessEngine engine;
  private final JdbcTemplate jdbc;
  private final HealthEvaluationService service;
  private final SqlStatements sql;
  private CamundaBpmProperties jobExecution;

  NightlyRuns(
      ProcessEngine engine, JdbcTemplate jdbc, HealthEvaluationService service, SqlStatements sql) {
    this.engine = engine;
    this.jdbc = jdbc;
    this.service = service;
    this.sql = sql;
  }

  /**
   * The plans' start jobs are run by a job executor built from these settings (as the Spring Boot
   * starter builds the engine's), on its threads, instead of one after the other on the calling
   * thread.
   */
  NightlyRuns startingPlansWith(CamundaBpmProperties shipped) {
    this.jobExecution = shipped;
    return this;
  }

  record Run(
      String name,
      int chunkSize,
      long accounts,
      long jobs,
      double chunkSeconds,
      double instancesSeconds,
      double seconds,
      long heapBeforeMb,
      long peakHeapMb,
      long heapAfterMb,
      long escalations,
      long plansStarted,
      long chunkStatements,
      long startStatements) {

    static final String HEADER =
        "| run | chunk size | accounts | jobs | chunks (s) | with plan starts (s) | accounts/s | heap before (MB)"
            + " | peak heap (MB) | heap after (MB) | escalations | plans started |\n|---|---|---|---|---|---|---|---|---|---|---|---|";

    /** Statements of the chunks per account. */
    double chunkStatementsPerAccount() {
      return accounts == 0 ? 0 : (double) chunkStatements / accounts;
    }

    /** Statements of the start jobs per plan started. */
    double startStatementsPerPlan() {
      return plansStarted == 0 ? 0 : (double) startStatements / plansStarted;
    }

    String row() {
      return String.format(
          "| %s | %d | %d | %d | %.1f | %.1f | %.0f | %d | %d | %d | %d | %d |",
          name,
          chunkSize,
          accounts,
          jobs,
          chunkSeconds,
          seconds,
          accounts / seconds,
          heapBeforeMb,
          peakHeapMb,
          heapAfterMb,
          escalations,
          plansStarted);
    }
  }

  /**
   * Seeds {@code accounts}, then a first night per chunk size, a steady night with the last one,
   * and the first night again with the get-well plans the first one started still open.
   */
  List<Run> measure(int accounts, int[] chunkSizes) {
    ClockUtil.setCurrentTime(Date.from(NOW));
    try {
      long seeding = System.nanoTime();
      HealthBenchmarkData.forgetHealth(jdbc);
      HealthBenchmarkData.seed(jdbc, accounts, NOW);
      System.out.printf(
          "Seeded %d accounts with %d signals in %.1f s%n",
          accounts,
          jdbc.queryForObject("select count(*) from ls_signal", Long.class),
          (System.nanoTime() - seeding) / 1e9);
      warmUp();
      List<Run> runs = new ArrayList<>();
      for (int chunkSize : chunkSizes) {
        HealthBenchmarkData.forgetHealth(jdbc);
        runs.add(run("first night", chunkSize));
      }
      runs.add(run("steady night", chunkSizes[chunkSizes.length - 1]));
      // what the first night pays for: the same night again, with the get-well plans it started
      // still open
      HealthBenchmarkData.forgetHealth(jdbc);
      runs.add(run("first night, plans open", chunkSizes[chunkSizes.length - 1]));
      System.out.println();
      System.out.println(Run.HEADER);
      runs.forEach(run -> System.out.println(run.row()));
      System.out.println(HealthBenchmarkData.colours(jdbc));
      return runs;
    } finally {
      ClockUtil.reset();
    }
  }

  private Run run(String name, int chunkSize) {
    RuntimeService runtime = engine.getRuntimeService();
    ManagementService management = engine.getManagementService();
    long decisionsBefore = escalations();
    long plansBefore = plans();
    System.gc();
    long heapBefore = usedHeap();
    heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    sql.reset();
    long start = System.nanoTime();
    Job timer =
        management
            .createJobQuery()
            .processDefinitionKey(HealthEvaluationProcess.KEY)
            .activityId(HealthEvaluationProcess.START_NIGHTLY)
            .timers()
            .singleResult();
    management.executeJob(timer.getId());
    ProcessInstance instance =
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey(HealthEvaluationProcess.KEY)
            .active()
            .singleResult();
    runtime.setVariable(instance.getId(), HealthEvaluationProcess.CHUNK_SIZE, chunkSize);
    long jobs = 0;
    for (Job job = next(instance); job != null; job = next(instance)) {
      management.executeJob(job.getId());
      jobs++;
    }
    double chunkSeconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("%s: chunks done in %.1f s, %d jobs%n", name, chunkSeconds, jobs);
    SqlStatements.Count chunkCount = sql.now();
    Map<String, Long> chunkKinds = sql.byKind();
    sql.reset();
    long created = 0;
    if (jobExecution == null) {
      created = createInstancesOneByOne();
      jobs += created;
    }
    double instancesSeconds = (System.nanoTime() - start) / 1e9;
    SqlStatements.Count createCount = sql.now();
    Map<String, Long> createKinds = sql.byKind();
    sql.reset();
    jobs += startPlans();
    double seconds = (System.nanoTime() - start) / 1e9;
    SqlStatements.Count startCount = sql.now();
    Map<String, Long> startKinds = sql.byKind();
    if (jobExecution != null) {
      // the executor runs both kinds of job at once: the instances exist when all ran
      instancesSeconds = seconds;
    } else {
      System.out.printf(
          "%s: %d instances created by their jobs %.1f s after the chunks began (%.1f s after they ended)%n",
          name, created, instancesSeconds, instancesSeconds - chunkSeconds);
    }
    long peak = heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    long evaluated =
        (Long)
            engine
                .getHistoryService()
                .createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId())
                .variableName(HealthEvaluationProcess.EVALUATED_ACCOUNTS)
                .singleResult()
                .getValue();
    System.gc();
    var run =
        new Run(
            name,
            chunkSize,
            evaluated,
            jobs,
            chunkSeconds,
            instancesSeconds,
            seconds,
            heapBefore >> 20,
            peak >> 20,
            usedHeap() >> 20,
            escalations() - decisionsBefore,
            plans() - plansBefore,
            chunkCount.statements(),
            startCount.statements());
    System.out.println(run.row());
    printKinds(name + ": the chunks' statements", chunkKinds, evaluated, run.escalations());
    printKinds(
        name + ": the jobs creating the plans' instances: statements",
        createKinds,
        evaluated,
        created);
    printKinds(
        name + ": the plans' start jobs' statements", startKinds, evaluated, run.plansStarted());
    return run;
  }

  /**
   * The first few chunks compile and optimise rules and queries; measured runs should not pay for
   * that.
   */
  private void warmUp() {
    String after = null;
    for (int i = 0; i < 4; i++) {
      after = service.evaluateAccountsAfter(after, 500).lastAccountId();
    }
    // the plans it escalated start now, not in the first measured night
    startPlans();
    HealthBenchmarkData.forgetHealth(jdbc);
  }

  /** The get-well plans' start jobs the chunks left: how many. */
  private long startPlans() {
    return jobExecution == null ? startPlansOneByOne() : startPlansOnJobExecutorThreads();
  }

  /** Until no start job is left; a minute without one done means the executor does not run them. */
  private long startPlansOnJobExecutorThreads() {
    ManagementService management = engine.getManagementService();
    long pending = pendingPlanStarts(management);
    if (pending == 0) {
      return 0;
    }
    var threads = (ThreadPoolTaskExecutor) JobConfiguration.camundaTaskExecutor(jobExecution);
    threads.initialize();
    JobExecutor executor = JobConfiguration.jobExecutor((TaskExecutor) threads, jobExecution);
    var configuration = ((ProcessEngineImpl) engine).getProcessEngineConfiguration();
    JobExecutor before = configuration.getJobExecutor();
    configuration.setJobExecutor(executor);
    executor.registerProcessEngine((ProcessEngineImpl) engine);
    try {
      executor.start();
      long left = pending;
      long lastProgress = System.nanoTime();
      while (left > 0) {
        Thread.sleep(50);
        long now = pendingPlanStarts(management);
        if (now < left) {
          lastProgress = System.nanoTime();
        } else if (System.nanoTime() - lastProgress > Duration.ofMinutes(1).toNanos()) {
          throw new IllegalStateException(now + " plan starts left and none done for a minute");
        }
        left = now;
      }
      return pending;
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(interrupted);
    } finally {
      executor.shutdown();
      executor.unregisterProcessEngine((ProcessEngineImpl) engine);
      configuration.setJobExecutor(before);
      threads.shutdown();
    }
  }

  private static long pendingPlanStarts(ManagementService management) {
    return management
        .createJobQuery()
        .processDefinitionKey(GetWellPlanProcess.KEY)
        .activityId(GetWellPlanProcess.START_ACCOUNT_AT_RISK)
        .count();
  }

  /**
   * The jobs that create the plans' instances, one after the other on this thread, as one job
   * executor thread would: how many.
   */
  private long createInstancesOneByOne() {
    ManagementService management = engine.getManagementService();
    long created = 0;
    for (List<String> ids = instanceStarts(); !ids.isEmpty(); ids = instanceStarts()) {
      for (String id : ids) {
        management.executeJob(id);
        created++;
      }
    }
    return created;
  }

  private List<String> instanceStarts() {
    return jdbc.queryForList(
        "select id_ from act_ru_job where handler_type_ = ? limit 500",
        String.class,
        GetWellPlanProcess.JOB_START_PLAN);
  }

  /** The start jobs run one after the other on this thread, as one job executor thread would. */
  private long startPlansOneByOne() {
    ManagementService management = engine.getManagementService();
    long started = 0;
    for (List<Job> jobs = planStarts(); !jobs.isEmpty(); jobs = planStarts()) {
      for (Job job : jobs) {
        management.executeJob(job.getId());
        started++;
      }
    }
    return started;
  }

  private List<Job> planStarts() {
    return engine
        .getManagementService()
        .createJobQuery()
        .processDefinitionKey(GetWellPlanProcess.KEY)
        .activityId(GetWellPlanProcess.START_ACCOUNT_AT_RISK)
        .listPage(0, 500);
  }

  private Job next(ProcessInstance instance) {
    return engine
        .getManagementService()
        .createJobQuery()
        .processInstanceId(instance.getId())
        .singleResult();
  }

  private long plans() {
    return engine
        .getHistoryService()
        .createHistoricProcessInstanceQuery()
        .processDefinitionKey(GetWellPlanProcess.KEY)
        .count();
  }

  private long escalations() {
    return jdbc.queryForObject(
        "select count(*) from ls_decision where decision_name = ?",
        Long.class,
        HealthEvaluationService.DECISION);
  }

  /** The kinds of statements with the most, per account and per escalation or plan. */
  private static void printKinds(String title, Map<String, Long> kinds, long accounts, long per) {
    System.out.printf(
        "%s (per account of %d, per escalation or plan of %d):%n", title, accounts, per);
    kinds.entrySet().stream()
        .limit(30)
        .forEach(
            kind ->
                System.out.printf(
                    "  %-40s %9d %8.2f %8.2f%n",
                    kind.getKey(),
                    kind.getValue(),
                    accounts == 0 ? 0.0 : (double) kind.getValue() / accounts,
                    per == 0 ? 0.0 : (double) kind.getValue() / per));
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP)
        .toList();
  }

  private static long usedHeap() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** The first night (of the last chunk size) and the steady night against their targets. */
  static List<BenchmarkResult> results(List<Run> runs) {
    Run plansOpen = runs.get(runs.size() - 1);
    Run steady = runs.get(runs.size() - 2);
    Run first = runs.get(runs.size() - 3);
    long peak = runs.stream().mapToLong(Run::peakHeapMb).max().orElseThrow();
    String size = String.format("%,d accounts, chunks of %d", first.accounts(), first.chunkSize());
    return List.of(
        new BenchmarkResult(
            NAME,
            "first night after import vs 60 s (" + size + ")",
            "s",
            first.chunkSeconds(),
            60,
            1.0,
            false),
        new BenchmarkResult(
            NAME,
            String.format(
                "first night until its %,d plans' instances exist (one job thread) vs 60 s",
                first.plansStarted()),
            "s",
            first.instancesSeconds(),
            60,
            1.0,
            false),
        new BenchmarkResult(
            NAME,
            String.format(
                "first night until its %,d plans started too (one job thread) vs 60 s",
                first.plansStarted()),
            "s",
            first.seconds(),
            60,
            1.0,
            false),
        new BenchmarkResult(NAME, "steady night vs 60 s", "s", steady.seconds(), 60, 1.0, false),
        new BenchmarkResult(
            NAME,
            "first night vs steady night",
            "s",
            first.seconds(),
            steady.seconds(),
            Double.NaN,
            false),
        new BenchmarkResult(
            NAME,
            String.format(
                "first night (%,d plans started) vs the same with the plans open",
                first.plansStarted()),
            "s",
            first.seconds(),
            plansOpen.seconds(),
            Double.NaN,
            false),
        new BenchmarkResult(NAME, "peak heap vs 1 GiB", "MB", peak, 1024, 1.0, false));
  }
}
