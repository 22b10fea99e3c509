package io.leansuccess.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Inserts rows unless their key is taken, safe under concurrent retries and inside a larger
 * transaction. The unique key decides, never a read before the write: two deliveries of one event
 * racing each other store it once.
 *
 * <p>On PostgreSQL a refused insert aborts the whole transaction, so there it is one {@code insert
 * ... on conflict do nothing returning key} per slice of rows: one round trip, and the answer says
 * which rows went in. Elsewhere (H2 in the demo) each row is inserted under a savepoint that is
 * rolled back when the key is taken.
 */
@Component
public class InsertIfAbsent {

  /** Rows per statement: PostgreSQL takes at most 65,535 parameters in one. */
  static final int SLICE = 500;

  private final JdbcTemplate jdbc;
  private volatile Boolean postgres;

  public InsertIfAbsent(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Forces the portable savepoint strategy, so tests can cover it on PostgreSQL too. */
  public static InsertIfAbsent withSavepoints(JdbcTemplate jdbc) {
    var inserts = new InsertIfAbsent(jdbc);
    inserts.postgres = false;
    return inserts;
  }

  /**
   * Inserts each row unless a row with its key exists (or an earlier row of {@code rows} has the
   * same key).
   *
   * @param key the table's single-column unique key; it must be one of {@code columns}
   * @return the keys of the rows inserted now
   */
  public Set<Object> insert(String table, String key, List<String> columns, List<Object[]> rows) {
    int keyIndex = columns.indexOf(key);
    if (keyIndex < 0) {
      throw new IllegalArgumentException(key + " is not one of the columns " + columns);
    }
    if (rows.isEmpty()) {
      return Set.of();
    }
    return isPostgres()
        ? onConflictDoNothing(table, key, columns, rows)
        : withSavepoints(table, columns, rows, keyIndex);
  }

  public boolean isPostgres() {
    if (postgres == null) {
      postgres =
          jdbc.execute(
              (Connection connection) ->
                  "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName()));
    }
    return postgres;
  }

  private Set<Object> onConflictDoNothing(
      String table, String key, List<String> columns, List<Object[]> rows) {
    String row = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
    Set<Object> inserted = new HashSet<>();
    for (int from = 0; from < rows.size(); from += SLICE) {
      List<Object[]> slice = rows.subList(from, Math.min(from + SLICE, rows.size()));
      String sql =
          "insert into "
              + table
              + " ("
              + String.join(", ", columns)
              + ") values "
              + String.join(", ", Collections.nCopies(slice.size(), row))
              + " on conflict ("
              + key
              + ") do nothing returning "
              + key;
      List<Object> parameters = new ArrayList<>(slice.size() * columns.size());
      slice.forEach(values -> parameters.addAll(Arrays.asList(values)));
      inserted.addAll(jdbc.queryForList(sql, Object.class, parameters.toArray()));
    }
    return inserted;
  }

  private Set<Object> withSavepoints(
      String table, List<String> columns, List<Object[]> rows, int keyIndex) {
    String sql =
        "insert into "
            + table
            + " ("
            + String.join(", ", columns)
            + ") values ("
            + String.join(", ", Collections.nCopies(columns.size(), "?"))
            + ")";
    if (!TransactionSynchronizationManager.isActualTransactionActive()) {
      // outside a transaction a refused insert harms nothing
      return insertEach(rows, keyIndex, values -> insertOrRefuse(sql, values, null, null));
    }
    Connection connection = DataSourceUtils.getConnection(dataSource());
    try {
      return insertEach(
          rows, keyIndex, values -> insertOrRefuse(sql, values, connection, savepoint(connection)));
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource());
    }
  }

  private static Set<Object> insertEach(
      List<Object[]> rows, int keyIndex, Predicate<Object[]> insert) {
    Set<Object> inserted = new HashSet<>();
    for (Object[] values : rows) {
      if (insert.test(values)) {
        inserted.add(values[keyIndex]);
      }
    }
    return inserted;
  }

  /** Inside a transaction only the savepoint taken for this row is undone when its key is taken. */
  private boolean insertOrRefuse(
      String sql, Object[] values, Connection connection, Savepoint savepoint) {
    try {
      jdbc.update(sql, values);
      release(connection, savepoint);
      return true;
    } catch (DuplicateKeyException keyTaken) {
      rollbackTo(connection, savepoint);
      return false;
    }
  }

  private DataSource dataSource() {
    return jdbc.getDataSource();
  }

  private static Savepoint savepoint(Connection connection) {
    try {
      return connection.setSavepoint();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not set a savepoint", e);
    }
  }

  private static void release(Connection connection, Savepoint savepoint) {
    if (savepoint == null) {
      return;
    }
    try {
      connection.releaseSavepoint(savepoint);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not release a savepoint", e);
    }
  }

  private static void rollbackTo(Connection connection, Savepoint savepoint) {
    if (savepoint == null) {
      return;
    }
    try {
      connection.rollback(savepoint);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not roll back to a savepoint", e);
    }
  }
}
