package io.leansuccess.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansuccess.bench.BenchmarkContext;
import io.leansuccess.getwell.GetWellPlanProcess;
import io.leansuccess.support.SqlStatements;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link HealthEvaluationBenchmark} at a size of seconds, in every build, so that it cannot rot; no
 * speed asserted.
 */
@BenchmarkContext
class HealthEvaluationBenchmarkSmokeIT {

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired HealthEvaluationService service;
  @Autowired SqlStatements sql;

  @Test
  void shouldRunAFirstAndASteadyNightOverTheSeededAccounts() {
    var runs = new NightlyRuns(engine, jdbc, service, sql).measure(120, new int[] {50});
    assertThat(runs)
        .hasSize(3)
        .allSatisfy(run -> assertThat(run.accounts()).isGreaterThanOrEqualTo(120));
    assertThat(NightlyRuns.results(runs)).hasSize(7);
    assertThat(
            engine
                .getManagementService()
                .createJobQuery()
                .processDefinitionKey(GetWellPlanProcess.KEY)
                .activityId(GetWellPlanProcess.START_ACCOUNT_AT_RISK)
                .count())
        .as("every plan the nights escalated started")
        .isZero();
  }
}
