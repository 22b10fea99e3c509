package io.leansuccess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leansuccess.account.Account;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import io.leansuccess.support.SecondApplication;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

@LeanSuccessIntegrationTest
class SchemaIT {

  @Autowired JdbcTemplate jdbc;

  @Test
  void shouldCreateCamundasSchemaAndOursThroughLiquibase() {
    assertThat(changeSetsFrom("org/camunda/bpm/engine/db/liquibase/%")).isPositive();
    assertThat(changeSetsFrom("db/lean-success/%")).isPositive();
    assertThat(tableExists("act_re_deployment")).isTrue();
    assertThat(tableExists("act_hi_procinst")).isTrue();
    assertThat(tableExists("ls_rule_set")).isTrue();
    assertThat(tableExists("ls_use_case")).isTrue();
    assertThat(tableExists("ls_cycle")).isTrue();
    assertThat(tableExists("ls_segment_maturity")).isTrue();
    assertThat(tableExists("ls_signal")).isTrue();
  }

  @Test
  void shouldApplyNoChangeSetOnASecondStart() throws Exception {
    int changeSets = jdbc.queryForObject("select count(*) from databasechangelog", Integer.class);
    String url;
    try (var connection = jdbc.getDataSource().getConnection()) {
      url = connection.getMetaData().getURL();
    }

    try (var second = SecondApplication.start(url, "demo")) {
      assertThat(second.isActive()).isTrue();
    }

    assertThat(jdbc.queryForObject("select count(*) from databasechangelog", Integer.class))
        .isEqualTo(changeSets);
  }

  @Test
  void shouldRefuseDataAboutAnAccountThatDoesNotExist() {
    assertThatThrownBy(
            () ->
                jdbc.update(
                    """
            insert into ls_signal (id, account_id, kind, value, occurred_at, received_at)
            values ('schema-it-orphan', 'no-such-account', 'NPS', 10, current_timestamp, current_timestamp)"""))
        .isInstanceOf(DataIntegrityViolationException.class)
        .hasMessageContaining("fk_ls_signal_account");
  }

  @Test
  void shouldHoldInEveryIdColumnTheLongestIdTheApiAccepts() {
    int longestId = 64;
    assertThat(Account.ID_PATTERN).as("ids the API accepts").endsWith("{1," + longestId + "}");
    List<String> tooShort =
        jdbc.queryForList(
            """
            select table_name || '.' || column_name from information_schema.columns
            where table_name like 'ls\\_%' and (column_name like '%id' or column_name like '%\\_key')
              and data_type = 'character varying' and character_maximum_length < ?
            order by 1""",
            String.class, longestId);

    assertThat(tooShort).isEmpty();
  }

  @Test
  void shouldKeepWhatTheRulesConcludeWithoutALengthLimit() {
    assertThat(
            jdbc.queryForObject(
                """
            select data_type from information_schema.columns
            where table_name = 'ls_decision' and column_name = 'outcome'""",
                String.class))
        .isEqualTo("text");
  }

  private int changeSetsFrom(String filePattern) {
    return jdbc.queryForObject(
        "select count(*) from databasechangelog where filename like ?", Integer.class, filePattern);
  }

  private boolean tableExists(String table) {
    return jdbc.queryForObject(
            "select count(*) from information_schema.tables where table_name = ?",
            Integer.class,
            table)
        == 1;
  }
}
