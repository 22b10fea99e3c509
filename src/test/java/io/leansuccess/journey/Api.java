package io.leansuccess.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.leansuccess.support.Http;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/** The API as an integration or Tasklist uses it: JSON over HTTP with a user's credentials. */
final class Api {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final Http http;

  Api(Http http) {
    this.http = http;
  }

  JsonNode get(String path) {
    return get(path, 200);
  }

  JsonNode get(String path, int expectedStatus) {
    return json(expect(http.get(path), expectedStatus));
  }

  JsonNode send(String method, String path, Object body, int expectedStatus) {
    String text = body instanceof String string ? string : write(body);
    var response =
        http.send(
            http.request(path)
                .header("Content-Type", "application/json")
                .method(method, BodyPublishers.ofString(text)));
    return json(expect(response, expectedStatus));
  }

  /** Claims and completes a task the way Tasklist does, through Camunda's REST API. */
  void completeTask(String taskId, String user, Object variables) {
    send("POST", "/engine-rest/task/" + taskId + "/claim", java.util.Map.of("userId", user), 204);
    send(
        "POST",
        "/engine-rest/task/" + taskId + "/complete",
        java.util.Map.of("variables", variables),
        204);
  }

  /**
   * Claims a task and submits its form the way Tasklist does for a Camunda Form: {@code POST
   * /engine-rest/task/{id}/submit-form} with the fields' values as typed variables.
   */
  void submitForm(String taskId, String user, Map<String, ?> values) {
    send("POST", "/engine-rest/task/" + taskId + "/claim", Map.of("userId", user), 204);
    send("POST", "/engine-rest/task/" + taskId + "/submit-form", formBody(values), 204);
  }

  /** The form's values as Tasklist sends them: each a typed variable. */
  static Map<String, Object> formBody(Map<String, ?> values) {
    var variables = new LinkedHashMap<String, Object>();
    values.forEach(
        (name, value) ->
            variables.put(
                name,
                Map.of(
                    "value",
                    value,
                    "type",
                    value instanceof Boolean
                        ? "Boolean"
                        : value instanceof Number ? "Double" : "String")));
    return Map.of("variables", variables);
  }

  private static HttpResponse<String> expect(HttpResponse<String> response, int status) {
    assertThat(response.statusCode())
        .as("%s %s answered %s", response.request().method(), response.uri(), response.body())
        .isEqualTo(status);
    return response;
  }

  private static JsonNode json(HttpResponse<String> response) {
    try {
      return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    } catch (JsonProcessingException e) {
      throw new AssertionError("Not JSON: " + response.body(), e);
    }
  }

  private static String write(Object body) {
    try {
      return JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
