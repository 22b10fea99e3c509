package io.leansuccess.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A small HTTP client for tests that talk to the running app as an integration would. */
public final class Http {

  private final HttpClient client = HttpClient.newHttpClient();
  private final String baseUrl;
  private final String authorization;

  private Http(String baseUrl, String authorization) {
    this.baseUrl = baseUrl;
    this.authorization = authorization;
  }

  public static Http anonymous(int port) {
    return new Http("http://localhost:" + port, null);
  }

  public static Http as(int port, String user, String password) {
    String token =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new Http("http://localhost:" + port, "Basic " + token);
  }

  public HttpResponse<String> get(String path) {
    return send(request(path).GET());
  }

  public HttpResponse<String> send(HttpRequest.Builder builder) {
    try {
      return client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpRequest.Builder request(String path) {
    var builder = HttpRequest.newBuilder(URI.create(baseUrl + path));
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    return builder;
  }
}
