package io.leansuccess.health;

import io.leansuccess.support.LeanSuccessIntegrationTest;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Not a test: a measurement, run on demand (its name matches neither {@code *Test} nor
 * {@code *IT}, so no default build runs it). Seeds {@code benchmark.accounts} accounts (default
 * 100,000) with about 19 signals each on the embedded PostgreSQL, then runs the nightly
 * {@code HealthEvaluationProcess} once per chunk size in {@code benchmark.chunk-sizes} (default
 * 100,1000), each from an empty health history, and once more with the last chunk size on top of
 * the previous run (a steady night: nothing changed, nothing escalated). The jobs run one after
 * the other on this thread, as one job executor thread would; four chunks are evaluated and
 * forgotten first, so that no measured run pays for warming up the JIT. Prints total time,
 * accounts per second and heap; docs/health.md has the command and the numbers.
 */
@LeanSuccessIntegrationTest
@Tag("benchmark")
class HealthEvaluationBenchmark {

  static final Instant NOW = Instant.parse("2026-10-01T08:00:00Z");

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired HealthEvaluationService service;

  /**
   * @param heapBeforeMb heap in use after a full GC before the run: the application itself
   * @param peakHeapMb the most heap in use at any moment of the run, garbage included
   * @param heapAfterMb heap in use after a full GC after the run: what the run left behind
   */
  record Run(String name, int chunkSize, long accounts, long jobs, double seconds, long heapBeforeMb,
      long peakHeapMb, long heapAfterMb, long escalations) {

    static final String HEADER = "| run | chunk size | accounts | jobs | seconds | accounts/s | heap before (MB)"
        + " | peak heap (MB) | heap after (MB) | escalations |\n|---|---|---|---|---|---|---|---|---|---|";

    String row() {
      return String.format("| %s | %d | %d | %d | %.1f | %.0f | %d | %d | %d | %d |", name, chunkSize, accounts, jobs,
          seconds, accounts / seconds, heapBeforeMb, peakHeapMb, heapAfterMb, escalations);
    }
  }

  @Test
  void measureNightlyRuns() {
    int accounts = Integer.getInteger("benchmark.accounts", 100_000);
    int[] chunkSizes = Arrays.stream(System.getProperty("benchmark.chunk-sizes", "100,1000").split(","))
        .map(String::trim).mapToInt(Integer::parseInt).toArray();
    ClockUtil.setCurrentTime(Date.from(NOW));
    try {
      long seeding = System.nanoTime();
      HealthBenchmarkData.seed(jdbc, accounts, NOW);
      System.out.printf("Seeded %d accounts with %d signals in %.1f s%n", accounts,
          jdbc.queryForObject("select count(*) from ls_signal", Long.class), (System.nanoTime() - seeding) / 1e9);
      warmUp();
      List<Run> runs = new ArrayList<>();
      for (int chunkSize : chunkSizes) {
        HealthBenchmarkData.forgetHealth(jdbc);
        runs.add(run("first night", chunkSize));
      }
      runs.add(run("steady night", chunkSizes[chunkSizes.length - 1]));
      System.out.println();
      System.out.println(Run.HEADER);
      runs.forEach(run -> System.out.println(run.row()));
      System.out.println(HealthBenchmarkData.colours(jdbc));
    } finally {
      ClockUtil.reset();
    }
  }

  private Run run(String name, int chunkSize) {
    RuntimeService runtime = engine.getRuntimeService();
    ManagementService management = engine.getManagementService();
    long decisionsBefore = escalations();
    System.gc();
    long heapBefore = usedHeap();
    heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    long start = System.nanoTime();
    Job timer = management.createJobQuery().processDefinitionKey(HealthEvaluationProcess.KEY)
        .activityId(HealthEvaluationProcess.START_NIGHTLY).timers().singleResult();
    management.executeJob(timer.getId());
    ProcessInstance instance = runtime.createProcessInstanceQuery().processDefinitionKey(HealthEvaluationProcess.KEY)
        .active().singleResult();
    runtime.setVariable(instance.getId(), HealthEvaluationProcess.CHUNK_SIZE, chunkSize);
    long jobs = 0;
    for (Job job = next(instance); job != null; job = next(instance)) {
      management.executeJob(job.getId());
      jobs++;
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    long evaluated = (Long) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName(HealthEvaluationProcess.EVALUATED_ACCOUNTS).singleResult()
        .getValue();
    System.gc();
    var run = new Run(name, chunkSize, evaluated, jobs, seconds, heapBefore >> 20, peak >> 20, usedHeap() >> 20,
        escalations() - decisionsBefore);
    System.out.println(run.row());
    return run;
  }

  /** The first few chunks compile and optimise rules and queries; measured runs should not pay for that. */
  private void warmUp() {
    String after = null;
    for (int i = 0; i < 4; i++) {
      after = service.evaluateAccountsAfter(after, 500).lastAccountId();
    }
    HealthBenchmarkData.forgetHealth(jdbc);
  }

  private Job next(ProcessInstance instance) {
    return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).singleResult();
  }

  private long escalations() {
    return jdbc.queryForObject("select count(*) from ls_decision where decision_name = ?", Long.class,
        HealthEvaluationService.DECISION);
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
        .toList();
  }

  private static long usedHeap() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
