package io.leansuccess.api;

import static io.leansuccess.api.AccountJson.anAccount;
import static org.assertj.core.api.Assertions.assertThat;

import io.leansuccess.support.LeanSuccessIntegrationTest;
import java.net.http.HttpRequest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What the product refuses or sends by default, tried as a client or a browser would. */
@LeanSuccessIntegrationTest
class SafeDefaultsIT {

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired RepositoryService repository;

  @Test
  void shouldRefuseAQueryForMoreRowsThanTheLimitAndAnswerThePagesTasklistAndCockpitAskFor() {
    var admin = new ApiClient(port).as("admin", "admin");

    var tooMany = admin.get("/engine-rest/history/detail?maxResults=100000000");
    var unpaged = admin.get("/engine-rest/history/detail");

    assertThat(tooMany.status()).as(tooMany.body()).isEqualTo(400);
    assertThat(tooMany.json().path("message").asText()).contains("2000");
    assertThat(unpaged.status()).as(unpaged.body()).isEqualTo(400);
    assertThat(admin.get("/engine-rest/history/detail?firstResult=0&maxResults=50").status())
        .isEqualTo(200);
    assertThat(
            admin
                .get("/engine-rest/task?firstResult=0&maxResults=15&sortBy=created&sortOrder=desc")
                .status())
        .isEqualTo(200);
    // Tasklist reads its filters so, in pages of 2000
    assertThat(
            admin
                .get(
                    "/engine-rest/filter?firstResult=0&maxResults=2000&itemCount=false&resourceType=Task")
                .status())
        .isEqualTo(200);
    assertThat(admin.get("/engine-rest/filter/count?itemCount=false&resourceType=Task").status())
        .isEqualTo(200);
    assertThat(
            admin
                .get(
                    "/engine-rest/process-definition?latestVersion=true&firstResult=0&maxResults=50")
                .status())
        .isEqualTo(200);
    assertThat(admin.get("/engine-rest/user?firstResult=0&maxResults=50").status()).isEqualTo(200);
  }

  @Test
  void shouldAnswer400AndStartNothingWhenAVariableComesJavaSerialized() {
    var admin = new ApiClient(port).as("admin", "admin");
    // a designer's own process: the product's own are started by the product alone
    String deployment =
        repository
            .createDeployment()
            .name("designers-process")
            .addModelInstance(
                "DesignersProcess.bpmn",
                Bpmn.createExecutableProcess("DesignersProcess")
                    .camundaHistoryTimeToLive(1)
                    .startEvent()
                    .userTask("Task_Look")
                    .endEvent()
                    .done())
            .deploy()
            .getId();
    try {
      String start =
          """
          {"businessKey": "java-serialized", "variables": {"payload": {"type": "Object", "value": "rO0ABXQAA2FiYw==",
           "valueInfo": {"objectTypeName": "java.lang.String",
                         "serializationDataFormat": "application/x-java-serialized-object"}}}}""";

      var answer = admin.post("/engine-rest/process-definition/key/DesignersProcess/start", start);

      assertThat(answer.status()).as(answer.body()).isEqualTo(400);
      assertThat(answer.json().path("type").asText()).isEqualTo("InvalidRequestException");
      assertThat(answer.json().path("message").asText()).containsIgnoringCase("serializ");
      assertThat(
              runtime.createProcessInstanceQuery().processDefinitionKey("DesignersProcess").count())
          .isZero();
    } finally {
      repository.deleteDeployment(deployment, true);
    }
  }

  @Test
  void shouldSendTheSecurityHeadersOnEveryPageAndOnItsLoginChallenge() {
    var page = new ApiClient(port).as("demo.manager", "demo").get("/pages/portfolio");
    var challenge = new ApiClient(port).get("/pages/portfolio");

    for (var answer : java.util.List.of(page, challenge)) {
      assertThat(answer.header("Content-Security-Policy"))
          .contains("frame-ancestors 'none'", "script-src 'self'");
      assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
      assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
      assertThat(answer.header("Referrer-Policy")).isEqualTo("same-origin");
    }
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).doesNotContain("onclick=");
    assertThat(page.header("Strict-Transport-Security")).as("plain http: no HSTS").isNull();
  }

  @Test
  void shouldSendHstsWhenTheProxySaysTheRequestCameOverTls() {
    var page =
        new ApiClient(port)
            .as("demo.manager", "demo")
            .get("/pages/portfolio", "X-Forwarded-Proto", "https");

    assertThat(page.header("Strict-Transport-Security")).startsWith("max-age=");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
        "text/plain"
      })
  void shouldAnswer415AndStartNoCycleWhenACrossSiteFormPostsToTheCycles(String contentType) {
    var csm = new ApiClient(port).as("demo.csm", "demo");
    var account = anAccount();
    assertThat(csm.put("/api/v1/accounts/" + account.id(), account.json()).status()).isEqualTo(201);
    String cycles = "/api/v1/accounts/" + account.id() + "/cycles";

    var problem =
        csm.post(cycles, contentType, HttpRequest.BodyPublishers.ofString("a=b")).problem(415);

    assertThat(problem.path("detail").asText()).contains("application/json");
    assertThat(csm.get(cycles).json().path("total").asInt()).isZero();
    assertThat(csm.put("/api/v1/accounts/" + account.id(), "text/plain", account.json()).status())
        .isEqualTo(415);
  }
}
