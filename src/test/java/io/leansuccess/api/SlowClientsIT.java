package io.leansuccess.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansuccess.support.LeanSuccessIntegrationTest;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Hundreds of clients sending a byte a second, more than Tomcat has request threads: some dribble
 * their headers, most a body, signed in (the API reads it) or not (answered 401, then Tomcat would
 * drain it). A normal request made meanwhile is still answered; no timing is asserted beyond a
 * generous client timeout.
 */
@LeanSuccessIntegrationTest
class SlowClientsIT {

  private static final int SLOW_BODIES = 150;
  private static final int SLOW_ANONYMOUS_BODIES = 100;
  private static final int SLOW_HEADERS = 100;

  @LocalServerPort int port;

  private final List<Socket> sockets = new ArrayList<>();
  private final ScheduledExecutorService dribbler = Executors.newSingleThreadScheduledExecutor();

  @AfterEach
  void closeTheSlowClients() throws IOException {
    dribbler.shutdownNow();
    for (Socket socket : sockets) {
      socket.close();
    }
  }

  @Test
  void shouldAnswerANormalRequestWhileHundredsOfClientsSendOneByteASecond() throws Exception {
    String credentials =
        Base64.getEncoder().encodeToString("demo.csm:demo".getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < SLOW_BODIES; i++) {
      open(
          "POST /api/v1/signal-batches HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic "
              + credentials
              + "\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{\"items\": [");
    }
    // answered 401 at once; then Tomcat would read the rest of the body in the request's thread
    for (int i = 0; i < SLOW_ANONYMOUS_BODIES; i++) {
      open(
          "POST /api/v1/signal-batches HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json"
              + "\r\nContent-Length: 100000\r\n\r\n{\"items\": [");
    }
    for (int i = 0; i < SLOW_HEADERS; i++) {
      open("GET /api/v1/accounts HTTP/1.1\r\nHost: localhost\r\n");
    }
    dribbler.scheduleAtFixedRate(this::oneByteEach, 0, 1, TimeUnit.SECONDS);

    var answer =
        new ApiClient(port, Duration.ofSeconds(120))
            .as("demo.manager", "demo")
            .get("/api/v1/accounts?limit=1");

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
  }

  private void open(String start) throws IOException {
    Socket socket = new Socket("localhost", port);
    socket.getOutputStream().write(start.getBytes(StandardCharsets.US_ASCII));
    socket.getOutputStream().flush();
    sockets.add(socket);
  }

  /** A space is valid inside both the JSON body and a header line being sent. */
  private void oneByteEach() {
    for (Socket socket : sockets) {
      try {
        OutputStream out = socket.getOutputStream();
        out.write(' ');
        out.flush();
      } catch (IOException e) {
        // the server gave up on this client: as it should
      }
    }
  }
}
