package io.leansuccess.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansuccess.support.Http;
import io.leansuccess.support.PostgresServer;
import io.leansuccess.support.SecondApplication;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A node whose database goes away stops taking traffic (readiness DOWN) but is not restarted
 * (liveness UP), and takes traffic again once the database is back. The database refuses
 * connections meanwhile, as a PostgreSQL server that is down or failing over does.
 */
class DatabaseOutageIT {

  private static final int PATIENCE = 120;
  private static ConfigurableApplicationContext node;
  private static String jdbcUrl;
  private static String database;

  @BeforeAll
  static void startANodeOnADatabaseOfItsOwn() {
    jdbcUrl = PostgresServer.acquireNewDatabase();
    database = jdbcUrl.replaceAll(".*/([^/?]+)(\\?.*)?$", "$1");
    node = SecondApplication.start(jdbcUrl, "demo", "lean-success.demo.seed-on-start=false");
  }

  @AfterAll
  static void stopTheNode() throws SQLException {
    allowConnections(true);
    node.close();
    PostgresServer.release();
  }

  @Test
  void shouldBeNotReadyWhileTheDatabaseIsUnreachableAndReadyAgainAfter() throws Exception {
    Http anyone = Http.anonymous(managementPort());
    assertThat(anyone.get("/actuator/health/readiness").statusCode()).isEqualTo(200);

    allowConnections(false);
    HttpResponse<String> down =
        probeUntil(anyone, "/actuator/health/readiness", status -> status == 503);
    assertThat(down.body()).contains("DOWN");
    assertThat(anyone.get("/actuator/health/liveness").statusCode())
        .as("no restart for an outage")
        .isEqualTo(200);

    allowConnections(true);
    HttpResponse<String> up =
        probeUntil(anyone, "/actuator/health/readiness", status -> status == 200);
    assertThat(up.body()).contains("UP");
  }

  private static HttpResponse<String> probeUntil(Http http, String path, IntPredicate status)
      throws InterruptedException {
    HttpResponse<String> response = http.get(path);
    for (int attempt = 0; attempt < PATIENCE && !status.test(response.statusCode()); attempt++) {
      Thread.sleep(1000);
      response = http.get(path);
    }
    assertThat(response.statusCode())
        .as("%s after %s attempts: %s", path, PATIENCE, response.body())
        .matches(status::test);
    return response;
  }

  private static int managementPort() {
    return Integer.parseInt(node.getEnvironment().getProperty("local.management.port"));
  }

  /** Refuses (or allows again) new connections to the node's database and ends its open ones. */
  private static void allowConnections(boolean allowed) throws SQLException {
    String server = jdbcUrl.replace("/" + database, "/postgres");
    try (Connection admin = DriverManager.getConnection(server, "postgres", "");
        var statement = admin.createStatement()) {
      statement.execute("alter database " + database + " allow_connections " + allowed);
      if (!allowed) {
        statement.execute(
            "select pg_terminate_backend(pid) from pg_stat_activity where datname = '"
                + database
                + "'");
      }
    }
  }
}
