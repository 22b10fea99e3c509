package io.leansuccess;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansuccess.support.Http;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import java.net.http.HttpRequest.BodyPublishers;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@LeanSuccessIntegrationTest
class EngineRestSecurityIT {

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;

  @Test
  void shouldRefuseEngineRestWithoutCredentials() {
    var response = Http.anonymous(port).get("/engine-rest/process-definition");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(value -> assertThat(value).startsWith("Basic"));
  }

  @Test
  void shouldRefuseEngineRestWithAWrongPassword() {
    assertThat(
            Http.as(port, "demo.csm", "wrong").get("/engine-rest/process-definition").statusCode())
        .isEqualTo(401);
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
