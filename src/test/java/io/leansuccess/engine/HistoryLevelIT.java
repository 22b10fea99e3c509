package io.leansuccess.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leansuccess.support.PostgresServer;
import io.leansuccess.support.SecondApplication;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The product runs at history level audit, and a database that earlier releases made at full (the
 * Spring Boot starter's default) starts with it: Camunda stores the level and refuses a start at
 * another one, so changeset 029 moves it. An operator who configures full keeps full.
 */
class HistoryLevelIT {

  private static final String CHANGESET = "029-history-level";

  private String url;

  @BeforeEach
  void givenAnEmptyDatabase() {
    url = PostgresServer.acquireNewDatabase();
  }

  @AfterEach
  void releaseTheDatabase() {
    PostgresServer.release();
  }

  @Test
  void shouldRunAtHistoryLevelAuditOnAFreshDatabase() {
    try (var app = SecondApplication.start(url, "demo")) {
      assertThat(levelOf(app)).isEqualTo(HistoryLevel.HISTORY_LEVEL_AUDIT.getId());
      assertThat(storedLevel(app)).isEqualTo(HistoryLevel.HISTORY_LEVEL_AUDIT.getId());
    }
  }

  @Test
  void shouldStartAtAuditOnADatabaseAnEarlierReleaseMadeAtFull() {
    try (var earlier = SecondApplication.start(url, "demo", "camunda.bpm.history-level=full")) {
      assertThat(storedLevel(earlier)).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL.getId());
      // the earlier release had no changeset 029
      jdbc(earlier).update("delete from databasechangelog where id = ?", CHANGESET);
    }

    try (var upgraded = SecondApplication.start(url, "demo")) {
      assertThat(levelOf(upgraded)).isEqualTo(HistoryLevel.HISTORY_LEVEL_AUDIT.getId());
      assertThat(storedLevel(upgraded)).isEqualTo(HistoryLevel.HISTORY_LEVEL_AUDIT.getId());
      assertThat(
              jdbc(upgraded)
                  .queryForObject(
                      "select count(*) from databasechangelog where id = ?",
                      Integer.class,
                      CHANGESET))
          .isOne();
    }
  }

  @Test
  void shouldKeepFullForAnOperatorWhoConfiguresItAndRefuseAMismatchAsCamundaDoes() {
    try (var first = SecondApplication.start(url, "demo", "camunda.bpm.history-level=full")) {
      assertThat(levelOf(first)).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL.getId());
      assertThat(storedLevel(first)).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL.getId());
    }

    // the changeset has run: a later change of the level is the operator's (deployment/README.md)
    assertThatThrownBy(() -> SecondApplication.start(url, "demo").close())
        .hasStackTraceContaining("historyLevel mismatch");
  }

  private static int levelOf(ConfigurableApplicationContext app) {
    return ((ProcessEngineConfigurationImpl)
            app.getBean(ProcessEngine.class).getProcessEngineConfiguration())
        .getHistoryLevel()
        .getId();
  }

  private static int storedLevel(ConfigurableApplicationContext app) {
    return Integer.parseInt(
        jdbc(app)
            .queryForObject(
                "select value_ from act_ge_property where name_ = 'historyLevel'", String.class));
  }

  private static JdbcTemplate jdbc(ConfigurableApplicationContext app) {
    return app.getBean(JdbcTemplate.class);
  }
}
