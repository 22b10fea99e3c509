package io.leansuccess.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's error page, for requests it refuses before any servlet sees them (an encoded slash,
 * backslash or NUL in the path, invalid UTF-8, a URL or headers over the limit): under {@value
 * ApiServletConfiguration#PATH} (or when the path itself could not be read) a problem document,
 * elsewhere Tomcat's page without its report or server version. Spring Boot puts it in place of its
 * own ({@link ServerHardening}).
 */
public class ApiErrorReportValve extends ErrorReportValve {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_INSTANCE_LENGTH = 200;

  public ApiErrorReportValve() {
    setShowReport(false);
    setShowServerInfo(false);
  }

  @Override
  protected void report(
      Request request, org.apache.catalina.connector.Response response, Throwable throwable) {
    String path = request.getRequestURI();
    // a request line too long to read has no path: it may have been the API's
    boolean unread = path == null || path.isEmpty();
    if (!unread
        && !(path.equals(ApiServletConfiguration.PATH)
            || path.startsWith(ApiServletConfiguration.PATH + "/"))) {
      super.report(request, response, throwable);
      return;
    }
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    Response.StatusType type = Response.Status.fromStatusCode(status);
    String title = type == null ? "Error" : type.getReasonPhrase();
    String detail =
        status >= 500
            ? "The server failed to answer this request"
            : "The server cannot read this request: its URL or headers are malformed or too long (an encoded"
                + " slash, backslash or NUL in the path, invalid UTF-8, or over the size limit)";
    String instance =
        unread
            ? null
            : path.length() <= MAX_INSTANCE_LENGTH
                ? path
                : path.substring(0, MAX_INSTANCE_LENGTH) + "...";
    var problem = new Problem(Problem.BLANK, title, status, detail, instance, null, null);
    try {
      response.setContentType(Problem.MEDIA_TYPE);
      response.setCharacterEncoding("UTF-8");
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(JSON.writeValueAsString(problem));
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // the client is gone or the response was committed meanwhile: nothing left to tell it
    }
  }
}
