package io.leansuccess.health;

import io.leansuccess.bench.BenchmarkResult;
import io.leansuccess.getwell.GetWellPlanProcess;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.JdbcTemplate;

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

  NightlyRuns(ProcessEngine engine, JdbcTemplate jdbc, HealthEvaluationService service) {
    this.engine = engine;
    this.jdbc = jdbc;
    this.service = service;
  }

  record Run(
      String name,
      int chunkSize,
      long accounts,
      long jobs,
      double chunkSeconds,
      double seconds,
      long heapBeforeMb,
      long peakHeapMb,
      long heapAfterMb,
      long escalations,
      long plansStarted) {

    static final String HEADER =
        "| run | chunk size | accounts | jobs | chunks (s) | with plan starts (s) | accounts/s | heap before (MB)"
            + " | peak heap (MB) | heap after (MB) | escalations | plans started |\n|---|---|---|---|---|---|---|---|---|---|---|---|";

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
    jobs += startPlans();
    double seconds = (System.nanoTime() - start) / 1e9;
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
            seconds,
            heapBefore >> 20,
            peak >> 20,
            usedHeap() >> 20,
            escalations() - decisionsBefore,
            plans() - plansBefore);
    System.out.println(run.row());
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

  /** The get-well plans' start jobs the chunks left, run as the job executor would: how many. */
  private long startPlans() {
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
