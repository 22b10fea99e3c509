package io.leansuccess.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansuccess.support.LeanSuccessIntegrationTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Signed in to Tasklist is signed in to the pages, as a browser does it: Tasklist's login form
 * posts to the webapps' login endpoint, the session cookie carries the rest. A user of this test
 * only: a failed webapp login would lock a shared demo user.
 */
@LeanSuccessIntegrationTest
class WebappLoginPagesIT {

  @LocalServerPort int port;
  @Autowired IdentityService identity;

  @Test
  void shouldOpenThePagesWithTheTasklistLogin() throws Exception {
    String userId = "webapp-" + UUID.randomUUID().toString().substring(0, 8);
    var user = identity.newUser(userId);
    user.setPassword("webapp-pw");
    identity.saveUser(user);
    identity.createMembership(userId, "csm");
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    String base = "http://localhost:" + port;
    assertThat(
            send(browser, HttpRequest.newBuilder(URI.create(base + "/pages/portfolio")))
                .statusCode())
        .isEqualTo(302);

    HttpResponse<String> tasklist =
        send(browser, HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/default/")));
    String csrf = tasklist.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
    HttpResponse<String> login =
        send(
            browser,
            HttpRequest.newBuilder(
                    URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", csrf)
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "username=" + userId + "&password=webapp-pw")));
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);

    HttpResponse<String> page =
        send(browser, HttpRequest.newBuilder(URI.create(base + "/pages/portfolio")));

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<h1>Portfolio</h1>");
  }

  private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request)
      throws Exception {
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
