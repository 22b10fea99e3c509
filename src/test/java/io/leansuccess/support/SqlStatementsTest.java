package io.leansuccess.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the statement counter names what it counts: verb and table, as the benchmarks print them. */
class SqlStatementsTest {

  @Test
  void shouldNameAStatementByItsVerbAndTheTableItNames() {
    assertThat(SqlStatements.kind("insert into ACT_HI_VARINST (ID_) values (?)"))
        .isEqualTo("insert act_hi_varinst");
    assertThat(SqlStatements.kind("\n  update ls_cycle set stage = ? where id = ?"))
        .isEqualTo("update ls_cycle");
    assertThat(SqlStatements.kind("delete from ACT_RU_TASK where ID_ = ? and REV_ = ?"))
        .isEqualTo("delete act_ru_task");
    assertThat(
            SqlStatements.kind(
                "select count(distinct RES.ID_)\n from ACT_RU_TASK RES inner join ACT_RU_EXECUTION E"))
        .isEqualTo("select act_ru_task");
    assertThat(SqlStatements.kind("select * from (select RES.* from ACT_RU_JOB RES) x"))
        .as("a select from a sub-select: the first table it reads")
        .isEqualTo("select act_ru_job");
    assertThat(SqlStatements.kind("with open as (select id from ls_cycle) select * from open"))
        .isEqualTo("select ls_cycle");
    assertThat(SqlStatements.kind("select 1")).isEqualTo("select");
    assertThat(SqlStatements.kind("SAVEPOINT SAVEPOINT_1")).isEqualTo("savepoint");
  }

  @Test
  void shouldSubtractCountsKindByKindLeavingOutWhatIsAlike() {
    var before = new SqlStatements.Kinds(Map.of("select a", 2L, "insert b", 1L, "update c", 4L));
    var after = new SqlStatements.Kinds(Map.of("select a", 5L, "update c", 4L, "delete d", 1L));

    assertThat(after.minus(before).counts())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("select a", 3L, "insert b", -1L, "delete d", 1L));
    assertThat(after.minus(before).total()).isEqualTo(3);
  }
}
