package io.leansuccess.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;

/**
 * A user logged in to Tasklist as the browser is: a session cookie and the CSRF token Camunda's
 * webapps send with every page, for the calls Tasklist makes to its own engine API ({@code
 * /camunda/api/engine/engine/default/...}).
 */
public final class TasklistSession {

  private final HttpClient browser =
      HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
  private final String base;
  private String token;

  private TasklistSession(int port) {
    this.base = "http://localhost:" + port;
  }

  /** Logged in, or an {@link IllegalStateException} with Camunda's answer. */
  public static TasklistSession login(int port, String user, String password)
      throws IOException, InterruptedException {
    var session = new TasklistSession(port);
    session.token = session.freshToken();
    var login =
        session.browser.send(
            HttpRequest.newBuilder(
                    URI.create(
                        session.base + "/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", session.token)
                .POST(BodyPublishers.ofString("username=" + user + "&password=" + password))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (login.statusCode() != 200) {
      throw new IllegalStateException("Login as " + user + ": " + login.statusCode());
    }
    session.token = session.freshToken();
    return session;
  }

  /** A JSON POST to Tasklist's engine API, {@code path} after {@code /engine/default}. */
  public HttpResponse<String> post(String path, String json)
      throws IOException, InterruptedException {
    return browser.send(
        HttpRequest.newBuilder(URI.create(base + "/camunda/api/engine/engine/default" + path))
            .header("Content-Type", "application/json")
            .header("X-XSRF-TOKEN", token)
            .POST(BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private String freshToken() throws IOException, InterruptedException {
    return browser
        .send(
            HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/default/")).build(),
            HttpResponse.BodyHandlers.ofString())
        .headers()
        .firstValue("X-XSRF-TOKEN")
        .orElseThrow();
  }
}
