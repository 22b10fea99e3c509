package io.leansuccess.bench;

import io.leansuccess.account.AccountRepository;
import io.leansuccess.signal.SignalService;
import io.leansuccess.support.SqlStatements;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Ingestion, in the suite: {@code benchmark.ingestion.requests} single requests per client (250),
 * {@code .batches} batches per client (20) of {@code .batch-size} (50), over {@code .accounts}
 * (50).
 */
@BenchmarkContext
@Tag("benchmark")
class IngestionBenchmark {

  @LocalServerPort int port;
  @Autowired SignalService signals;
  @Autowired SqlStatements sql;
  @Autowired AccountRepository accounts;
  @Autowired DataSource database;

  @Test
  void compareHttpWithInProcess() throws Exception {
    BenchmarkResult.report(
        "5-ingestion",
        IngestionBenchmarks.run(
            port,
            signals,
            sql,
            database,
            accounts,
            Integer.getInteger("benchmark.ingestion.accounts", 50),
            Integer.getInteger("benchmark.ingestion.requests", 250),
            Integer.getInteger("benchmark.ingestion.batches", 20),
            Integer.getInteger("benchmark.ingestion.batch-size", 50),
            Integer.getInteger("benchmark.rounds", 3)));
  }
}
