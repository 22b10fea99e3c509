package io.leansuccess.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What our filters in front of {@code /engine-rest} and the webapps' engine API answer, in
 * Camunda's error format ({@code type}, {@code message}) that Tasklist and Cockpit show.
 */
final class EngineApiAnswers {

  private static final ObjectMapper JSON = new ObjectMapper();

  private EngineApiAnswers() {}

  static void error(HttpServletResponse response, int status, String type, String message)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    JSON.writeValue(response.getOutputStream(), Map.of("type", type, "message", message));
  }

  /** The request's path inside the application. */
  static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }
}
