package io.leansuccess.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The REST API Camunda's webapps call ({@code /camunda/api/*}: Tasklist, Cockpit, Admin) is a
 * JAX-RS application Camunda builds itself, with no place for {@link EngineRestErrors}; this filter
 * gives its 5xx answers the same body. Camunda has logged the exception (ENGINE-REST-HTTP500) by
 * then; this log line ties the error id to what Camunda would have answered.
 */
final class WebappApiErrors implements Filter {

  private static final Logger LOG = LoggerFactory.getLogger(WebappApiErrors.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    var http = (HttpServletResponse) response;
    var capture = new ServerErrorCapture(http);
    chain.doFilter(request, capture);
    if (capture.captured() != null) {
      answer((HttpServletRequest) request, http, capture.status(), capture.captured());
    }
  }

  private static void answer(
      HttpServletRequest request, HttpServletResponse response, int status, byte[] original)
      throws IOException {
    String errorId = UUID.randomUUID().toString();
    LOG.error(
        "WEBAPP-API-{} error {} answering {} {}: {}",
        status,
        errorId,
        request.getMethod(),
        request.getRequestURI(),
        new String(original, StandardCharsets.UTF_8));
    byte[] body =
        JSON.writeValueAsBytes(
            new EngineRestErrors.ServerError(
                EngineRestErrors.SERVER_ERROR_TYPE,
                "The server failed to answer this request. Quote error id "
                    + errorId
                    + " when you report it.",
                null,
                errorId));
    response.setContentType("application/json");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
