package io.leansuccess.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansuccess.account.AccountRepository;
import io.leansuccess.cycle.CycleService;
import io.leansuccess.cycle.QbrService;
import io.leansuccess.signal.SignalService;
import io.leansuccess.support.SqlStatements;
import io.leansuccess.support.TestData;
import java.time.Duration;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every benchmark of the suite that needs the running product, at a size that takes seconds, in
 * every build: so that none of them rots. Nothing about speed is asserted; a benchmark must merely
 * run to its end and produce its comparisons.
 */
@BenchmarkContext
class BenchmarksSmokeIT {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired CamundaBpmProperties shipped;
  @Autowired SignalService signals;
  @Autowired AccountRepository accounts;
  @Autowired CycleService cycles;
  @Autowired TestData data;
  @Autowired SqlStatements sql;
  @Autowired DataSource dataSource;
  @Autowired JdbcTemplate jdbc;
  @Autowired IdentityService identity;
  @Autowired QbrService qbrs;

  @Test
  void shouldDrainTimersWithBothJobExecutorSettings() throws InterruptedException {
    assertThat(
            TimersBenchmarks.run(
                engine, sql, shipped, 20, 3, Duration.ofMillis(300), 1, "core-pool-size=2"))
        .hasSize(5)
        .allSatisfy(result -> assertThat(result.ours()).isNotNaN());
    assertThat(
            engine
                .getManagementService()
                .createJobQuery()
                .processDefinitionKey(TimerDrain.PROCESS)
                .count())
        .isZero();
  }

  @Test
  void shouldRunTheCycleBothWaysAndTheCommitLoop() throws Exception {
    assertThat(new EngineBenchmarks(engine, cycles, data, sql, dataSource).run(2, 1, 1))
        .hasSize(4)
        .allSatisfy(result -> assertThat(result.ours()).isPositive())
        .allSatisfy(result -> assertThat(result.baseline()).isPositive());
    assertThat(
            engine
                .getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey(NoOpCycle.CYCLE)
                .count())
        .as("the no-op cycle is undeployed")
        .isZero();
  }

  @Test
  void shouldMeasureTheLeadersPagesAtTwoSizes() {
    assertThat(LeadersPages.run(port, jdbc, sql, identity, accounts, cycles, qbrs, 20, 60, 2, 1))
        .hasSize(12)
        .allSatisfy(result -> assertThat(result.ours()).isNotNaN())
        .filteredOn(result -> result.unit().equals("statements"))
        .allSatisfy(result -> assertThat(result.ours()).isPositive());
  }

  @Test
  void shouldSendSignalsOverEveryPath() throws Exception {
    assertThat(IngestionBenchmarks.run(port, signals, sql, accounts, 3, 2, 1, 3, 1))
        .hasSize(10)
        .allSatisfy(result -> assertThat(result.ours()).isNotNaN());
  }
}
