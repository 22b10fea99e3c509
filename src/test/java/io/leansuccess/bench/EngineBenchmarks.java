package io.leansuccess.bench;

import io.leansuccess.account.Account;
import io.leansuccess.cycle.CycleService;
import io.leansuccess.cycle.SuccessCycleProcess;
import io.leansuccess.support.SqlStatements;
import io.leansuccess.support.TestData;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Engine overhead (2) and the database's ceiling (3). {@code clients} threads each take {@code
 * perClient} success cycles from start to end ({@link CycleDriver}): once the shipped cycle with
 * its real delegates and rules (an account with two use cases that pass shortlisting, so both are
 * selected, executed and confirmed), once the same shape with no-op delegates ({@link NoOpCycle}),
 * alternating, {@code rounds} times. Completed cycles per second, SQL statements and commits per
 * cycle ({@link SqlStatements}: everything the context sent, the driver's lookups included, alike
 * on both sides). Then a plain JDBC insert-and-commit loop at the same concurrency ({@link
 * CommitLoop}) against the engine's commits per second during the real cycles. Medians of the
 * rounds.
 */
final class EngineBenchmarks {

  static final String OVERHEAD = "2 engine overhead";
  static final String CEILING = "3 database ceiling";
  static final int USE_CASES = 2;

  private final ProcessEngine engine;
  private final CycleService cycles;
  private final TestData data;
  private final SqlStatements sql;
  private final CommitLoop jdbc;
  private final CycleDriver driver;

  /** One side of a round: cycles, seconds, what they cost the database. */
  record Side(int cycles, double seconds, SqlStatements.Count count, SqlStatements.Kinds kinds) {
    double cyclesPerSecond() {
      return cycles / seconds;
    }

    double statementsPerCycle() {
      return (double) count.statements() / cycles;
    }

    double commitsPerCycle() {
      return (double) count.commits() / cycles;
    }

    double commitsPerSecond() {
      return count.commits() / seconds;
    }
  }

  EngineBenchmarks(
      ProcessEngine engine,
      CycleService cycles,
      TestData data,
      SqlStatements sql,
      DataSource dataSource) {
    this.engine = engine;
    this.cycles = cycles;
    this.data = data;
    this.sql = sql;
    this.jdbc = new CommitLoop(dataSource);
    this.driver = new CycleDriver(engine);
  }

  List<BenchmarkResult> run(int clients, int perClient, int rounds)
      throws InterruptedException, ExecutionException {
    Deployment noOp = NoOpCycle.deploy(engine);
    List<Double> realRate = new ArrayList<>();
    List<Double> noOpRate = new ArrayList<>();
    List<Double> realStatements = new ArrayList<>();
    List<Double> noOpStatements = new ArrayList<>();
    List<Double> realCommits = new ArrayList<>();
    List<Double> noOpCommits = new ArrayList<>();
    List<Double> engineCommitRate = new ArrayList<>();
    List<Double> jdbcCommitRate = new ArrayList<>();
    try {
      // one of each first: the JIT, the caches and the rules' first sessions, and the path the
      // real cycle takes, which the no-op one must take too
      Boolean firstCycleOfYear = warmUp();
      for (int round = 1; round <= rounds; round++) {
        Side real = real(clients, perClient);
        Side none = noOp(clients, perClient, firstCycleOfYear);
        int commitsPerClient = (int) Math.max(50, real.count().commits() / clients);
        double plain = jdbc.commitsPerSecond(clients, commitsPerClient);
        System.out.printf(
            "engine round %d: real %.2f cycles/s (%.0f statements, %.1f commits a cycle), no-op %.2f"
                + " cycles/s (%.0f statements, %.1f commits); engine %.0f commits/s, plain JDBC %.0f%n",
            round,
            real.cyclesPerSecond(),
            real.statementsPerCycle(),
            real.commitsPerCycle(),
            none.cyclesPerSecond(),
            none.statementsPerCycle(),
            none.commitsPerCycle(),
            real.commitsPerSecond(),
            plain);
        System.out.printf(
            "engine round %d: statements a cycle, real minus no-op, by kind and table:%n%s%n",
            round, real.kinds().minus(none.kinds()).table(real.cycles()));
        realRate.add(real.cyclesPerSecond());
        noOpRate.add(none.cyclesPerSecond());
        realStatements.add(real.statementsPerCycle());
        noOpStatements.add(none.statementsPerCycle());
        realCommits.add(real.commitsPerCycle());
        noOpCommits.add(none.commitsPerCycle());
        engineCommitRate.add(real.commitsPerSecond());
        jdbcCommitRate.add(plain);
      }
    } finally {
      engine.getRepositoryService().deleteDeployment(noOp.getId(), true);
    }
    String size = clients + " clients";
    return List.of(
        new BenchmarkResult(
            OVERHEAD,
            "success cycles, real delegates and rules vs no-op delegates, " + size,
            "cycles/s",
            Medians.of(realRate),
            Medians.of(noOpRate),
            0.8,
            true),
        new BenchmarkResult(
            OVERHEAD,
            "SQL statements a cycle: real vs no-op",
            "statements",
            Medians.of(realStatements),
            Medians.of(noOpStatements),
            1.0,
            false),
        new BenchmarkResult(
            OVERHEAD,
            "commits a cycle: real vs no-op",
            "commits",
            Medians.of(realCommits),
            Medians.of(noOpCommits),
            1.0,
            false),
        new BenchmarkResult(
            CEILING,
            "engine during the real cycles vs plain JDBC insert-and-commit, " + size,
            "commits/s",
            Medians.of(engineCommitRate),
            Medians.of(jdbcCommitRate),
            0.5,
            true));
  }

  private Boolean warmUp() throws InterruptedException, ExecutionException {
    Side real = real(1, 1);
    String cycle =
        engine
            .getHistoryService()
            .createHistoricProcessInstanceQuery()
            .processDefinitionKey(SuccessCycleProcess.KEY)
            .completed()
            .orderByProcessInstanceStartTime()
            .desc()
            .listPage(0, 1)
            .get(0)
            .getId();
    Boolean firstCycleOfYear = (Boolean) variable(cycle, SuccessCycleProcess.FIRST_CYCLE_OF_YEAR);
    Object selected = variable(cycle, SuccessCycleProcess.SELECTED_USE_CASE_IDS);
    if (!(selected instanceof List<?> ids) || ids.size() != USE_CASES) {
      throw new IllegalStateException(
          "The real cycle selected " + selected + ", not its " + USE_CASES + " use cases");
    }
    Side none = noOp(1, 1, firstCycleOfYear);
    System.out.printf(
        "engine warm-up: real cycle in %d statements, no-op in %d; real by kind and table:%n%s%n"
            + "no-op by kind and table:%n%s%n",
        real.count().statements(),
        none.count().statements(),
        real.kinds().table(1),
        none.kinds().table(1));
    return firstCycleOfYear;
  }

  private Object variable(String instanceId, String name) {
    HistoricVariableInstance variable =
        engine
            .getHistoryService()
            .createHistoricVariableInstanceQuery()
            .processInstanceId(instanceId)
            .variableName(name)
            .list()
            .get(0);
    return variable.getValue();
  }

  /** The shipped cycle of new accounts, each with two use cases in its pipeline. */
  private Side real(int clients, int perClient) throws InterruptedException, ExecutionException {
    List<String> accounts =
        IntStream.range(0, clients * perClient)
            .mapToObj(
                i -> {
                  Account account = data.anAccount();
                  for (int useCase = 0; useCase < USE_CASES; useCase++) {
                    data.aPlannedUseCase(account).create();
                  }
                  return account.id();
                })
            .toList();
    try {
      return measure(
          clients,
          perClient,
          i -> {
            cycles.start(accounts.get(i));
            return cycleOf(SuccessCycleProcess.KEY, accounts.get(i));
          });
    } finally {
      endWhatIsLeft(accounts);
    }
  }

  /** The no-op cycle with the variables its no-op delegates do not set. */
  private Side noOp(int clients, int perClient, Boolean firstCycleOfYear)
      throws InterruptedException, ExecutionException {
    List<String> keys =
        IntStream.range(0, clients * perClient)
            .mapToObj(i -> "bench-no-op-" + UUID.randomUUID())
            .toList();
    try {
      return measure(
          clients,
          perClient,
          i -> {
            String key = keys.get(i);
            Map<String, Object> variables = new HashMap<>();
            variables.put(SuccessCycleProcess.ACCOUNT_ID, key);
            variables.put(SuccessCycleProcess.ACCOUNT_NAME, "No-op " + key);
            variables.put(SuccessCycleProcess.CYCLE_ID, UUID.randomUUID().toString());
            variables.put(SuccessCycleProcess.YEAR, 2027);
            variables.put(SuccessCycleProcess.QUARTER, 1);
            variables.put(SuccessCycleProcess.FIRST_CYCLE_OF_YEAR, firstCycleOfYear);
            variables.put(
                SuccessCycleProcess.SELECTED_USE_CASE_IDS,
                Variables.objectValue(
                        new ArrayList<>(
                            IntStream.range(0, USE_CASES)
                                .mapToObj(u -> UUID.randomUUID().toString())
                                .toList()))
                    .serializationDataFormat(Variables.SerializationDataFormats.JSON)
                    .create());
            // the paths the real cycle takes: no KPI measured, each use case discarded
            variables.put(SuccessCycleProcess.PROPOSED_OUTCOME, "DISCARD");
            variables.put(SuccessCycleProcess.OUTCOME, "DISCARD");
            variables.put(SuccessCycleProcess.NEXT_CYCLE_STARTS_AT, new Date());
            engine.getRuntimeService().startProcessInstanceByKey(NoOpCycle.CYCLE, key, variables);
            return cycleOf(NoOpCycle.CYCLE, key);
          });
    } finally {
      endWhatIsLeft(keys);
    }
  }

  private String cycleOf(String definitionKey, String businessKey) {
    return engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processDefinitionKey(definitionKey)
        .processInstanceBusinessKey(businessKey)
        .singleResult()
        .getId();
  }

  /** Cycles {@code 0..clients * perClient - 1} started and driven to their end, a client each. */
  private Side measure(int clients, int perClient, Function<Integer, String> start)
      throws InterruptedException, ExecutionException {
    ExecutorService threads = Executors.newFixedThreadPool(clients);
    try {
      SqlStatements.Count before = sql.now();
      SqlStatements.Kinds kindsBefore = sql.statementsByKind();
      long began = System.nanoTime();
      List<Future<?>> running = new ArrayList<>();
      for (int client = 0; client < clients; client++) {
        int first = client * perClient;
        running.add(
            threads.submit(
                () -> {
                  for (int i = first; i < first + perClient; i++) {
                    int instance = i;
                    driver.drive(() -> start.apply(instance));
                  }
                }));
      }
      for (Future<?> client : running) {
        client.get();
      }
      double seconds = (System.nanoTime() - began) / 1e9;
      return new Side(
          clients * perClient,
          seconds,
          sql.now().minus(before),
          sql.statementsByKind().minus(kindsBefore));
    } finally {
      threads.shutdown();
    }
  }

  /** The next quarter's cycles the real ones started, and anything else still running. */
  private void endWhatIsLeft(List<String> businessKeys) {
    var runtime = engine.getRuntimeService();
    for (String key : businessKeys) {
      runtime
          .createProcessInstanceQuery()
          .processInstanceBusinessKey(key)
          .rootProcessInstances()
          .list()
          .forEach(
              instance -> runtime.deleteProcessInstance(instance.getId(), "benchmark done", true));
    }
  }
}
