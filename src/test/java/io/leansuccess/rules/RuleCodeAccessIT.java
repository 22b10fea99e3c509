package io.leansuccess.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.leansuccess.support.Http;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * DRL is code: a rule whose consequence ends the JVM, deployed the way Camunda Modeler deploys or
 * sent to the rules' API, by everyone who must not run code and by those who may (rule authors
 * simulate, admins deploy). Nobody gets it stored or run, and the application answers afterwards.
 */
@LeanSuccessIntegrationTest
class RuleCodeAccessIT {

  private static final String EXIT =
      """
      package io.leansuccess.rules.health;
      import io.leansuccess.health.HealthSnapshot;

      rule "Leave the application"
      when
          HealthSnapshot()
      then
          System.exit(3);
      end
      """;
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired RepositoryService repository;
  @Autowired IdentityService identity;

  @BeforeEach
  void givenAnIntegrationOfTheTestsOwn() {
    if (identity.createUserQuery().userId("rule-code-it.crm").count() == 0) {
      var user = identity.newUser("rule-code-it.crm");
      user.setPassword("crm-secret");
      identity.saveUser(user);
      identity.createMembership("rule-code-it.crm", "integration");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"demo.csm", "demo.manager", "rule-code-it.crm", "demo.author"})
  void shouldForbidEveryoneButAdminsToDeployAnExitingRuleAsModelerDoes(String user) {
    long deployments = repository.createDeploymentQuery().count();

    var response = deploy(as(user), Map.of("rules/Leave.drl", EXIT));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
    assertTheApplicationAnswers();
  }

  @ParameterizedTest
  @ValueSource(strings = {"demo.csm", "demo.manager", "rule-code-it.crm"})
  void shouldForbidThoseWhoMayNotSimulateToSendAnExitingRule(String user) {
    var response =
        as(user)
            .send(
                as(user)
                    .request("/api/v1/rules/simulations")
                    .header("Content-Type", "application/json")
                    .POST(BodyPublishers.ofString(simulation(EXIT))));
    var posted =
        as(user)
            .send(
                as(user)
                    .request("/api/v1/rules")
                    .header("Content-Type", "application/json")
                    .POST(BodyPublishers.ofString(simulation(EXIT))));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
    assertThat(posted.statusCode()).as(posted.body()).isIn(403, 405);
    assertTheApplicationAnswers();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "System.exit(3);",
        "Runtime.getRuntime().availableProcessors();",
        "Object o = String.class.getMethods();",
        "java.nio.file.Files.exists(java.nio.file.Path.of(\"/tmp\"));"
      })
  void shouldRefuseARuleAuthorsSimulationOfARuleThatLeavesItsFactsNamingTheCall(String consequence)
      throws Exception {
    String drl = EXIT.replace("System.exit(3);", consequence);
    Http author = as("demo.author");

    var response =
        author.send(
            author
                .request("/api/v1/rules/simulations")
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(simulation(drl))));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    JsonNode error = JSON.readTree(response.body()).path("errors").path(0);
    assertThat(error.path("line").asInt()).isEqualTo(8);
    assertThat(error.path("message").asText())
        .startsWith("names ")
        .contains("which rules may not use");
    assertTheApplicationAnswers();
  }

  @ParameterizedTest
  @ValueSource(strings = {"System.exit(3);", "Object o = Class.forName(\"java.lang.Runtime\");"})
  void shouldRefuseTheAdminsDeploymentOfARuleThatLeavesItsFacts(String consequence)
      throws Exception {
    long deployments = repository.createDeploymentQuery().count();
    Http admin = as("admin");

    var response =
        deploy(admin, Map.of("rules/Leave.drl", EXIT.replace("System.exit(3);", consequence)));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(JSON.readTree(response.body()).path("message").asText())
        .contains("rules/Leave.drl:8:");
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
    assertTheApplicationAnswers();
  }

  private void assertTheApplicationAnswers() {
    assertThat(as("demo.csm").get("/api/v1/rules").statusCode()).isEqualTo(200);
  }

  private Http as(String user) {
    return switch (user) {
      case "admin" -> Http.as(port, "admin", "admin");
      case "rule-code-it.crm" -> Http.as(port, user, "crm-secret");
      default -> Http.as(port, user, "demo");
    };
  }

  private static String simulation(String drl) {
    try {
      return JSON.writeValueAsString(
          Map.of(
              "files",
              Map.of("rules/HealthEscalation.drl", drl),
              "accounts",
              java.util.List.of("no-account-" + UUID.randomUUID())));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** As Camunda Modeler deploys: a multipart form, one part per file. */
  private static HttpResponse<String> deploy(Http http, Map<String, String> files) {
    String boundary = "rule-code-" + UUID.randomUUID();
    StringBuilder body = new StringBuilder();
    part(body, boundary, "name=\"deployment-name\"", "rule-code");
    part(body, boundary, "name=\"deployment-source\"", "Camunda Modeler");
    files.forEach(
        (name, text) ->
            part(
                body,
                boundary,
                "name=\""
                    + name
                    + "\"; filename=\""
                    + name
                    + "\"\r\nContent-Type: application/octet-stream",
                text));
    body.append("--").append(boundary).append("--\r\n");
    return http.send(
        http.request("/engine-rest/deployment/create")
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(BodyPublishers.ofString(body.toString())));
  }

  private static void part(
      StringBuilder body, String boundary, String disposition, String content) {
    body.append("--")
        .append(boundary)
        .append("\r\nContent-Disposition: form-data; ")
        .append(disposition)
        .append("\r\n\r\n")
        .append(content)
        .append("\r\n");
  }
}
