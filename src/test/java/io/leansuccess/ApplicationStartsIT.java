package io.leansuccess;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansuccess.support.LeanSuccessIntegrationTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@LeanSuccessIntegrationTest
class ApplicationStartsIT {

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;

  @Test
  void shouldStartTheEngineOnPostgresql() throws Exception {
    try (var connection = jdbc.getDataSource().getConnection()) {
      assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
    }
    assertThat(engine.getIdentityService().createUserQuery().userId("demo.csm").count())
        .isEqualTo(1);
  }
}
