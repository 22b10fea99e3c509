package io.leansuccess.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.leansuccess.cycle.CycleService;
import io.leansuccess.support.Http;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import io.leansuccess.support.TestData;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What {@code /engine-rest} answers when it fails, as a CSM meets it: the server's failure says
 * nothing of SQL or Java and gives an id that the log has; a user's mistake keeps Camunda's message
 * and the error type Tasklist and Cockpit act on.
 */
@LeanSuccessIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class EngineRestErrorsIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** What a class name, a stack trace or SQL look like in a body. */
  private static final String INTERNALS =
      "(?s).*(\\b(org|java|io|com)\\.[a-z]+\\.|Exception\\b|\\bat [a-z]+\\.|"
          + "(?i:insert into|select .* from|update act_|sqlstate|ibatis|jdbc|postgres)).*";

  @LocalServerPort int port;
  @Autowired CycleService cycles;
  @Autowired TaskService tasks;
  @Autowired TestData data;
  @Autowired JdbcTemplate jdbc;

  private Http csm;
  private Task setVision;

  @BeforeEach
  void givenTheCsmsTask() {
    csm = Http.as(port, "demo.csm", "demo");
    String account = data.anAccount().id();
    cycles.start(account);
    setVision = tasks.createTaskQuery().processInstanceBusinessKey(account).singleResult();
    // the forms and columns now hold whatever a user may type, so the failure is the database's own
    jdbc.execute(
        "create or replace function ls_test_refuse_objective() returns trigger language plpgsql as "
            + "$$ begin raise exception 'objectives are read-only during this test'; end $$");
    jdbc.execute(
        "create trigger ls_test_refuse_objective before insert on ls_objective "
            + "for each row execute function ls_test_refuse_objective()");
  }

  @AfterEach
  void databaseAcceptsObjectivesAgain() {
    jdbc.execute("drop trigger if exists ls_test_refuse_objective on ls_objective");
    jdbc.execute("drop function if exists ls_test_refuse_objective()");
  }

  @Test
  void shouldAnswerAFailureOfTheDatabaseWithAnErrorIdTheLogHas(CapturedOutput log)
      throws Exception {
    var response = post(csm, "/engine-rest/task/" + setVision.getId() + "/submit-form", aVision());

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.body()).doesNotMatch(INTERNALS);
    JsonNode error = JSON.readTree(response.body());
    String errorId = error.get("errorId").asText();
    assertThat(error.get("type").asText()).isEqualTo("ServerError");
    assertThat(error.get("message").asText()).contains(errorId);
    assertThat(log.getOut()).contains("error " + errorId).containsIgnoringCase("ls_objective");
    assertThat(tasks.createTaskQuery().taskId(setVision.getId()).count())
        .as("nothing changed")
        .isEqualTo(1);
  }

  @Test
  void shouldAnswerTasklistTheSameWay(CapturedOutput log) throws Exception {
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    String base = "http://localhost:" + port;
    String token =
        xsrfToken(
            browser.send(
                HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/default/")).build(),
                HttpResponse.BodyHandlers.ofString()));
    var login =
        browser.send(
            HttpRequest.newBuilder(
                    URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", token)
                .POST(BodyPublishers.ofString("username=demo.csm&password=demo"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    token =
        xsrfToken(
            browser.send(
                HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/default/")).build(),
                HttpResponse.BodyHandlers.ofString()));

    var response =
        browser.send(
            HttpRequest.newBuilder(
                    URI.create(
                        base
                            + "/camunda/api/engine/engine/default/task/"
                            + setVision.getId()
                            + "/submit-form"))
                .header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", token)
                .POST(BodyPublishers.ofString(aVision()))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(500);
    assertThat(response.body()).doesNotMatch(INTERNALS);
    String errorId = JSON.readTree(response.body()).get("errorId").asText();
    assertThat(JSON.readTree(response.body()).get("message").asText()).contains(errorId);
    assertThat(log.getOut()).contains("error " + errorId).containsIgnoringCase("ls_objective");
  }

  @Test
  void shouldKeepCamundasTypeAndMessageForAUsersMistake() throws Exception {
    var response =
        post(
            csm,
            "/engine-rest/task/" + setVision.getId() + "/submit-form",
            "{\"variables\": {\"visionStatement\": {\"value\": \"soon\", \"type\": \"Integer\"}}}");

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode error = JSON.readTree(response.body());
    assertThat(error.get("type").asText()).isEqualTo("InvalidRequestException");
    assertThat(error.get("message").asText())
        .contains("Cannot convert value 'soon'")
        .doesNotContain("java.lang.");
  }

  @Test
  void shouldKeepTheAuthorizationErrorTasklistAndCockpitExplain() throws Exception {
    var response =
        csm.send(
            csm.request("/engine-rest/process-instance/" + setVision.getProcessInstanceId())
                .DELETE());

    assertThat(response.statusCode()).isEqualTo(403);
    JsonNode error = JSON.readTree(response.body());
    assertThat(error.get("type").asText()).isEqualTo("AuthorizationException");
    assertThat(error.get("missingAuthorizations")).isNotEmpty();
    assertThat(tasks.createTaskQuery().taskId(setVision.getId()).count()).isEqualTo(1);
  }

  /** A valid vision: the vision's listener fails on the insert the database refuses. */
  private static String aVision() {
    String objective = "Close the month in three days: days to close";
    return """
        {"variables": {"visionStatement": {"value": "Run finance on one platform"},
                       "visionObjectives": {"value": "%s"}}}"""
        .formatted(objective);
  }

  private static String xsrfToken(HttpResponse<?> response) {
    return response.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
  }

  private static HttpResponse<String> post(Http http, String path, String json) {
    return http.send(
        http.request(path)
            .header("Content-Type", "application/json")
            .POST(BodyPublishers.ofString(json)));
  }

  private static HttpResponse<String> put(Http http, String path, String json) {
    return http.send(
        http.request(path)
            .header("Content-Type", "application/json")
            .PUT(BodyPublishers.ofString(json)));
  }
}
