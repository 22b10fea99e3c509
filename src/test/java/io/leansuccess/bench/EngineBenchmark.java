package io.leansuccess.bench;

import io.leansuccess.cycle.CycleService;
import io.leansuccess.support.SqlStatements;
import io.leansuccess.support.TestData;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Engine overhead and the database's ceiling, in the suite: {@code benchmark.engine.clients}
 * threads (4) each driving {@code benchmark.engine.cycles} success cycles (10) a side and round,
 * {@code benchmark.rounds} rounds (3).
 */
@BenchmarkContext
@Tag("benchmark")
class EngineBenchmark {

  @Autowired ProcessEngine engine;
  @Autowired CycleService cycles;
  @Autowired TestData data;
  @Autowired SqlStatements sql;
  @Autowired DataSource dataSource;

  @Test
  void compareTheCycleWithItsNoOpShapeAndTheDatabase() throws Exception {
    BenchmarkResult.report(
        "2-engine-overhead",
        new EngineBenchmarks(engine, cycles, data, sql, dataSource)
            .run(
                Integer.getInteger("benchmark.engine.clients", 4),
                Integer.getInteger("benchmark.engine.cycles", 10),
                Integer.getInteger("benchmark.rounds", 3)));
  }
}
