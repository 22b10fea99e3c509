package io.leansuccess.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;

/**
 * The database's ceiling as the engine meets it: {@code clients} threads, each taking a connection
 * from the product's pool, inserting one row and committing, again and again. One statement a
 * transaction, the least a transaction can be: the most commits per second the same PostgreSQL
 * gives at that concurrency.
 */
final class CommitLoop {

  private static final String TABLE = "ls_benchmark_commit";

  private final DataSource dataSource;

  CommitLoop(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Commits per second, {@code commitsPerClient} each. */
  double commitsPerSecond(int clients, int commitsPerClient)
      throws InterruptedException, ExecutionException {
    execute(
        "create table if not exists "
            + TABLE
            + " (id varchar(36) primary key, written_at timestamp)");
    ExecutorService threads = Executors.newFixedThreadPool(clients);
    try {
      long start = System.nanoTime();
      List<Future<?>> running = new ArrayList<>();
      for (int client = 0; client < clients; client++) {
        running.add(threads.submit(() -> insertAndCommit(commitsPerClient)));
      }
      for (Future<?> client : running) {
        client.get();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      return clients * commitsPerClient / seconds;
    } finally {
      threads.shutdown();
      execute("drop table " + TABLE);
    }
  }

  private Void insertAndCommit(int commits) throws SQLException {
    for (int i = 0; i < commits; i++) {
      try (Connection connection = dataSource.getConnection()) {
        connection.setAutoCommit(false);
        try (PreparedStatement insert =
            connection.prepareStatement(
                "insert into " + TABLE + " (id, written_at) values (?, ?)")) {
          insert.setString(1, UUID.randomUUID().toString());
          insert.setTimestamp(2, Timestamp.from(Instant.now()));
          insert.executeUpdate();
        }
        connection.commit();
        connection.setAutoCommit(true);
      }
    }
    return null;
  }

  private void execute(String sql) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
