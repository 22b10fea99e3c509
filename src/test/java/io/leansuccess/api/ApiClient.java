package io.leansuccess.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Raw HTTP against the running app, so tests see exactly what a client sees: status, headers, body.
 * Every answer is checked for leaked Java internals.
 */
final class ApiClient {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final String baseUrl;
  private final Duration timeout;
  private String authorization;

  ApiClient(int port) {
    this(port, DEFAULT_TIMEOUT);
  }

  /** With a longer timeout than the 30 s of every other test's requests. */
  ApiClient(int port, Duration timeout) {
    this("http://localhost:" + port, timeout);
  }

  ApiClient as(String user, String password) {
    var client = new ApiClient(baseUrl, timeout);
    client.authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return client;
  }

  ApiClient withAuthorization(String header) {
    var client = new ApiClient(baseUrl, timeout);
    client.authorization = header;
    return client;
  }

  private ApiClient(String baseUrl, Duration timeout) {
    this.baseUrl = baseUrl;
    this.timeout = timeout;
  }

  Answer get(String path) {
    return send(request(path).GET());
  }

  Answer get(String path, String accept) {
    return send(request(path).header("Accept", accept).GET());
  }

  Answer get(String path, String header, String value) {
    return send(request(path).header(header, value).GET());
  }

  Answer put(String path, String json) {
    return put(path, "application/json", json);
  }

  Answer put(String path, String contentType, String body) {
    return send(request(path).header("Content-Type", contentType).PUT(body(body)));
  }

  Answer post(String path, String json) {
    return post(path, "application/json", body(json));
  }

  Answer post(String path, String contentType, BodyPublisher body) {
    return send(request(path).header("Content-Type", contentType).POST(body));
  }

  /** Without a length, so the body goes chunked. */
  Answer postChunked(String path, byte[] json) {
    return post(
        path,
        "application/json",
        HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(json)));
  }

  Answer delete(String path) {
    return send(request(path).DELETE());
  }

  /** Any method, with or without a body. */
  Answer send(String method, String path, String contentType, String body) {
    var request = request(path);
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return send(
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : body(body)));
  }

  private static BodyPublisher body(String json) {
    return HttpRequest.BodyPublishers.ofString(json);
  }

  private HttpRequest.Builder request(String path) {
    var builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(timeout);
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    return builder;
  }

  private Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      var answer = new Answer(response.statusCode(), response, response.body());
      assertThat(answer.body())
          .as("no Java internals in any answer")
          .doesNotContain("at io.", "Exception:", "at org.");
      return answer;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  record Answer(int status, HttpResponse<String> response, String body) {

    String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("Not JSON: " + body, e);
      }
    }

    /** Asserts an RFC 9457 problem document with this status, and returns it. */
    JsonNode problem(int expectedStatus) {
      assertThat(status).as(body).isEqualTo(expectedStatus);
      assertThat(header("Content-Type")).startsWith("application/problem+json");
      JsonNode problem = json();
      assertThat(problem.path("status").asInt()).isEqualTo(expectedStatus);
      assertThat(problem.path("type").asText()).isNotBlank();
      assertThat(problem.path("title").asText()).isNotBlank();
      assertThat(problem.path("detail").asText()).isNotBlank();
      assertThat(problem.path("instance").asText()).startsWith("/api/v1");
      return problem;
    }
  }
}
