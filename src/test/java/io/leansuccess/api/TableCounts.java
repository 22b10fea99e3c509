package io.leansuccess.api;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The row count of every product table and of Camunda's runtime tables, in one query. */
final class TableCounts {

  private static final List<String> ENGINE_TABLES =
      List.of(
          "act_ru_execution",
          "act_ru_task",
          "act_ru_variable",
          "act_ru_job",
          "act_hi_procinst",
          "act_re_deployment",
          "act_id_user",
          "act_id_group",
          "act_ru_authorization");

  private final JdbcClient jdbc;
  private final String query;

  TableCounts(JdbcClient jdbc) {
    this.jdbc = jdbc;
    List<String> tables =
        jdbc.sql(
                """
            select table_name from information_schema.tables
            where table_schema = current_schema() and (table_name like 'ls\\_%' or table_name in (:engine))
            order by table_name""")
            .param("engine", ENGINE_TABLES)
            .query(String.class)
            .list();
    this.query =
        "select "
            + tables.stream()
                .map(table -> "'" + table + "=' || (select count(*) from " + table + ")")
                .collect(Collectors.joining(" || ',' || "));
  }

  String fingerprint() {
    return jdbc.sql(query).query(String.class).single();
  }
}
