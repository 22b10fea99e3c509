package io.leansuccess.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The kind a statement is tallied under: its verb and its table. */
class SqlStatementsTest {

  @Test
  void shouldNameTheVerbAndTheTableOfEachKindOfStatement() {
    assertThat(SqlStatements.kind("insert into ACT_HI_VARINST (ID_, X) values (?, ?)"))
        .isEqualTo("insert act_hi_varinst");
    assertThat(SqlStatements.kind("\n    update ACT_RU_JOB\n set REV_ = ? where ID_ = ?"))
        .isEqualTo("update act_ru_job");
    assertThat(SqlStatements.kind("delete from ls_health_due where account_id = ?"))
        .isEqualTo("delete ls_health_due");
    assertThat(SqlStatements.kind("select distinct RES.* from ACT_RU_JOB RES where RES.ID_ = ?"))
        .isEqualTo("select act_ru_job");
    assertThat(SqlStatements.kind("SAVEPOINT SAVEPOINT_1")).isEqualTo("savepoint");
  }
}
