package io.leansuccess.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansuccess.support.LeanSuccessIntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A client that stops sending its body halfway gets 408 once {@code
 * lean-success.api.body-read-timeout} has passed, on every path a client sends a body to: our API,
 * Camunda's REST API as Tasklist, Cockpit and Modeler call it. The answer names no class and the
 * connection is closed, as the rest of the body will never be read.
 */
@LeanSuccessIntegrationTest
class BodyReadTimeoutIT {

  @LocalServerPort int port;
  @Autowired ApiProperties properties;

  private Duration timeoutBefore;

  @BeforeEach
  void shortenTheDeadline() {
    timeoutBefore = properties.getBodyReadTimeout();
    properties.setBodyReadTimeout(Duration.ofSeconds(2));
  }

  @AfterEach
  void restoreTheDeadline() {
    properties.setBodyReadTimeout(timeoutBefore);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/v1/signal-batches",
        "/engine-rest/task/{id}/claim",
        "/engine-rest/task/{id}/complete",
        "/engine-rest/task/{id}/variables",
        "/engine-rest/process-definition/key/SuccessCycleProcess/start",
        "/engine-rest/message"
      })
  void shouldAnswer408WhenTheBodyStopsHalfway(String path) throws IOException {
    String answer = halfABody(path.replace("{id}", UUID.randomUUID().toString()));

    String statusLine = answer.substring(0, answer.indexOf("\r\n"));
    assertThat(statusLine).as(answer).contains(" 408 ");
    assertThat(answer.toLowerCase()).contains("connection: close");
    String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
    assertThat(body).as(answer).isNotBlank().doesNotContain("Exception", "io.leansuccess", "org.");
  }

  /**
   * Headers and the start of a JSON body, then a space every 300 ms (each read arrives well within
   * Tomcat's own timeout): the whole answer the server sends.
   */
  private String halfABody(String path) throws IOException {
    String credentials =
        Base64.getEncoder().encodeToString("demo.csm:demo".getBytes(StandardCharsets.UTF_8));
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout((int) Duration.ofSeconds(60).toMillis());
      String request =
          "POST "
              + path
              + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic "
              + credentials
              + "\r\nContent-Type: application/json\r\nContent-Length: 400\r\n\r\n"
              + "{\"variables\": {\"note\": {\"value\": \"Réunion avec l'équipe";
      socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
      socket.getOutputStream().flush();
      Thread dribbler = new Thread(() -> dribble(socket), "dribbler");
      dribbler.setDaemon(true);
      dribbler.start();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      byte[] buffer = new byte[4096];
      for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
        answer.write(buffer, 0, read);
      }
      dribbler.interrupt();
      return answer.toString(StandardCharsets.UTF_8);
    }
  }

  private static void dribble(Socket socket) {
    try {
      for (int i = 0; i < 300; i++) {
        Thread.sleep(300);
        socket.getOutputStream().write(' ');
        socket.getOutputStream().flush();
      }
    } catch (InterruptedException | IOException answered) {
      // the server answered and closed the connection, as it should
    }
  }
}
