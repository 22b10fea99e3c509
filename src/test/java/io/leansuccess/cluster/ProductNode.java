package io.leansuccess.cluster;

import io.leansuccess.support.Http;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One product node: the built executable jar in a JVM of its own, configured through the
 * environment as deployment/ configures it, on loopback ports of its own, its console in {@code
 * target/cluster/<name>.log}.
 */
final class ProductNode implements AutoCloseable {

  static final String ADMIN_PASSWORD = "cluster-admin-secret";

  final String name;
  final int port;
  final int managementPort;
  final Path log;
  private final Process process;

  private ProductNode(String name, int port, int managementPort, Path log, Process process) {
    this.name = name;
    this.port = port;
    this.managementPort = managementPort;
    this.log = log;
    this.process = process;
  }

  static ProductNode start(String name, Path jar, String jdbcUrl, List<String> arguments) {
    try {
      Path log = Files.createDirectories(Path.of("target", "cluster")).resolve(name + ".log");
      int port = freePort();
      int managementPort = freePort();
      List<String> command =
          new ArrayList<>(
              List.of(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-Xmx512m",
                  "-XX:+UseSerialGC",
                  "-XX:TieredStopAtLevel=1",
                  "-Djava.io.tmpdir=" + log.getParent().toAbsolutePath(),
                  "-jar",
                  jar.toAbsolutePath().toString()));
      command.addAll(arguments);
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .directory(log.getParent().toFile());
      builder
          .environment()
          .putAll(
              Map.of(
                  "SPRING_PROFILES_ACTIVE", "postgres",
                  "LEAN_SUCCESS_DB_URL", jdbcUrl,
                  "LEAN_SUCCESS_DB_USER", "postgres",
                  "LEAN_SUCCESS_DB_PASSWORD", "",
                  "LEAN_SUCCESS_ADMIN_PASSWORD", ADMIN_PASSWORD,
                  "SERVER_PORT", Integer.toString(port),
                  "SERVER_ADDRESS", "127.0.0.1",
                  "LEAN_SUCCESS_MANAGEMENT_PORT", Integer.toString(managementPort),
                  "MANAGEMENT_SERVER_ADDRESS", "127.0.0.1",
                  "LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs"));
      return new ProductNode(name, port, managementPort, log, builder.start());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits until the node takes traffic; fails when its JVM ends first or it never does. */
  void awaitReady(int patienceSeconds) throws InterruptedException {
    for (int second = 0; second < patienceSeconds; second++) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            name + " ended with " + process.exitValue() + ", see " + log);
      }
      if (readiness() == 200) {
        return;
      }
      Thread.sleep(1000);
    }
    throw new IllegalStateException(
        name + " was not ready after " + patienceSeconds + " s, see " + log);
  }

  int readiness() {
    try {
      return Http.anonymous(managementPort).get("/actuator/health/readiness").statusCode();
    } catch (UncheckedIOException notListening) {
      return -1;
    }
  }

  Http api() {
    return Http.as(port, "admin", ADMIN_PASSWORD);
  }

  Http management() {
    return Http.as(managementPort, "admin", ADMIN_PASSWORD);
  }

  HttpResponse<String> health() {
    return management().get("/actuator/health");
  }

  /** SIGKILL: no shutdown hook, no graceful stop, jobs left locked in the database. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  boolean alive() {
    return process.isAlive();
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
        kill();
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
