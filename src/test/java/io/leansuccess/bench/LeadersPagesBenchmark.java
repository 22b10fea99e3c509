package io.leansuccess.bench;

import io.leansuccess.account.AccountRepository;
import io.leansuccess.cycle.CycleService;
import io.leansuccess.cycle.QbrService;
import io.leansuccess.support.SqlStatements;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The leaders' pages, in the suite: {@code benchmark.pages.small} (1,000) then {@code
 * benchmark.pages.large} (10,000) accounts, {@code benchmark.pages.requests} (100) of each page a
 * round, {@code benchmark.rounds} (3) rounds.
 */
@BenchmarkContext
@Tag("benchmark")
class LeadersPagesBenchmark {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired SqlStatements statements;
  @Autowired IdentityService identity;
  @Autowired AccountRepository accounts;
  @Autowired CycleService cycles;
  @Autowired QbrService qbrs;

  @Test
  void comparePagesAtTenTimesTheAccounts() {
    BenchmarkResult.report(
        "7-leaders-pages",
        LeadersPages.run(
            port,
            jdbc,
            statements,
            identity,
            accounts,
            cycles,
            qbrs,
            Integer.getInteger("benchmark.pages.small", 1_000),
            Integer.getInteger("benchmark.pages.large", 10_000),
            Integer.getInteger("benchmark.pages.requests", 100),
            Integer.getInteger("benchmark.rounds", 3)));
  }
}
