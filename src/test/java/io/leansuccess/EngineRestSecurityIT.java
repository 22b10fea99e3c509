package io.leansuccess;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansuccess.support.Http;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@LeanSuccessIntegrationTest
class EngineRestSecurityIT {

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;
  @Autowired IdentityService identityService;

  @Test
  void shouldRefuseEngineRestWithoutCredentials() {
    var response = Http.anonymous(port).get("/engine-rest/process-definition");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(value -> assertThat(value).startsWith("Basic"));
  }

  @Test
  void shouldRefuseEngineRestWithAWrongPassword() {
    // a user of its own: a failed login delays the next logins of that user, and the demo users
    // are every other test's
    String id = "wrong-password-" + UUID.randomUUID();
    User user = identityService.newUser(id);
    user.setPassword("the-right-one");
    identityService.saveUser(user);
    try {
      assertThat(Http.as(port, id, "wrong").get("/engine-rest/process-definition").statusCode())
          .isEqualTo(401);
    } finally {
      identityService.deleteUser(id);
    }
  }

  @Test
  void shouldAnswerEngineRestWithCredentials() {
    var response =
        Http.as(port, "demo.csm", "demo")
            .get("/engine-rest/process-definition?firstResult=0&maxResults=50");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).startsWith("[");
  }

  @Test
  void shouldForbidACsmToCreateADeployment() {
    long before = repositoryService.createDeploymentQuery().count();

    var response = deploy(Http.as(port, "demo.csm", "demo"));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(before);
  }

  @Test
  void shouldLetTheAdminCreateADeployment() {
    long before = repositoryService.createDeploymentQuery().count();

    var response = deploy(Http.as(port, "admin", "admin"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(before + 1);
  }

  private java.net.http.HttpResponse<String> deploy(Http http) {
    String boundary = "lean-success-boundary";
    String body =
        "--"
            + boundary
            + "\r\n"
            + "Content-Disposition: form-data; name=\"deployment-name\"\r\n\r\nsecurity-test\r\n"
            + "--"
            + boundary
            + "\r\n"
            + "Content-Disposition: form-data; name=\"note.txt\"; filename=\"note.txt\"\r\n"
            + "Content-Type: text/plain\r\n\r\nonly admins deploy\r\n"
            + "--"
            + boundary
            + "--\r\n";
    return http.send(
        http.request("/engine-rest/deployment/create")
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(BodyPublishers.ofString(body)));
  }
}
