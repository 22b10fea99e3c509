package io.leansuccess.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.ws.rs.core.Response.Status;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request body must arrive within {@code lean-success.api.body-read-timeout} of the request's
 * start. Tomcat's connection timeout is per read, so a client sending one byte a second would hold
 * a request thread for as long as it likes; a few hundred such clients would hold them all. The
 * read past the deadline fails ({@link BodyReadTimeoutException}) and the thread is free again.
 *
 * <p>Whoever was reading the body, a body that did not arrive (past the deadline, or a read that
 * timed out) is answered here with 408 and the connection closed: what the reader made of the
 * failed read (Camunda's REST API, for one, answers any exception with 500) is discarded. Our API
 * gets a problem document; Camunda's APIs get Camunda's error format, which Tasklist and Cockpit
 * show.
 */
class BodyReadDeadline extends OncePerRequestFilter {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ApiProperties properties;

  BodyReadDeadline(ApiProperties properties) {
    this.properties = properties;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Duration timeout = properties.getBodyReadTimeout();
    if (request.getContentLengthLong() == 0) {
      chain.doFilter(request, response);
      return;
    }
    // no deadline (zero turns it off): a body that does not arrive is still answered 408 here
    boolean deadline = !(timeout.isZero() || timeout.isNegative());
    Deadlined deadlined =
        new Deadlined(
            request, deadline ? System.nanoTime() + timeout.toNanos() : Long.MAX_VALUE, timeout);
    try {
      chain.doFilter(deadlined, new UnlessUnread(response, deadlined));
    } catch (IOException failed) {
      // a reader that let the failed read through (a filter in front of Camunda) is answered below
      if (deadlined.unread == null) {
        throw failed;
      }
    }
    if (deadlined.unread != null && !response.isCommitted()) {
      answerRequestTimeout(request, response, deadlined.unread);
    }
  }

  private static void answerRequestTimeout(
      HttpServletRequest request, HttpServletResponse response, IOException unread)
      throws IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String message =
        unread instanceof BodyReadTimeoutException
            ? unread.getMessage()
            : "The request body did not arrive in time";
    response.reset();
    response.setStatus(HttpServletResponse.SC_REQUEST_TIMEOUT);
    response.setHeader("Connection", "close");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    Object body;
    if (path.startsWith("/engine-rest") || path.startsWith("/camunda/api")) {
      response.setContentType("application/json");
      body = Map.of("type", "RequestTimeout", "message", message);
    } else {
      response.setContentType(Problem.MEDIA_TYPE);
      body =
          new Problem(
              Problem.BLANK,
              Status.REQUEST_TIMEOUT.getReasonPhrase(),
              Status.REQUEST_TIMEOUT.getStatusCode(),
              message,
              request.getRequestURI(),
              null,
              null);
    }
    JSON.writeValue(response.getOutputStream(), body);
  }

  private static final class Deadlined extends HttpServletRequestWrapper {

    private final long deadline;
    private final Duration timeout;
    private ServletInputStream stream;

    /** Why the body could not be read, once a read has failed. */
    private volatile IOException unread;

    Deadlined(HttpServletRequest request, long deadline, Duration timeout) {
      super(request);
      this.deadline = deadline;
      this.timeout = timeout;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new DeadlinedStream(super.getInputStream(), deadline, timeout, this);
      }
      return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
      return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }
  }

  private static final class DeadlinedStream extends ServletInputStream {

    private final ServletInputStream in;
    private final long deadline;
    private final Duration timeout;
    private final Deadlined request;

    DeadlinedStream(ServletInputStream in, long deadline, Duration timeout, Deadlined request) {
      this.in = in;
      this.deadline = deadline;
      this.timeout = timeout;
      this.request = request;
    }

    @Override
    public int read() throws IOException {
      try {
        check();
        return in.read();
      } catch (IOException unread) {
        request.unread = unread;
        throw unread;
      }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      try {
        check();
        return in.read(buffer, offset, length);
      } catch (IOException unread) {
        request.unread = unread;
        throw unread;
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }

    private void check() throws BodyReadTimeoutException {
      if (deadline != Long.MAX_VALUE && System.nanoTime() - deadline > 0) {
        throw new BodyReadTimeoutException(timeout);
      }
    }
  }

  /**
   * The response as the application writes it, until a read of the body has failed: from then on
   * whatever it answers is dropped, and the filter answers 408.
   */
  private static final class UnlessUnread extends HttpServletResponseWrapper {

    private final Deadlined request;

    UnlessUnread(HttpServletResponse response, Deadlined request) {
      super(response);
      this.request = request;
    }

    private boolean unread() {
      return request.unread != null;
    }

    @Override
    public void setStatus(int status) {
      if (!unread()) {
        super.setStatus(status);
      }
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      if (!unread()) {
        super.sendError(status, message);
      }
    }

    @Override
    public void sendError(int status) throws IOException {
      if (!unread()) {
        super.sendError(status);
      }
    }

    @Override
    public void setHeader(String name, String value) {
      if (!unread()) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (!unread()) {
        super.addHeader(name, value);
      }
    }

    @Override
    public void setContentType(String type) {
      if (!unread()) {
        super.setContentType(type);
      }
    }

    @Override
    public void setContentLength(int length) {
      if (!unread()) {
        super.setContentLength(length);
      }
    }

    @Override
    public void setContentLengthLong(long length) {
      if (!unread()) {
        super.setContentLengthLong(length);
      }
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      return unread() ? DROPPED : super.getOutputStream();
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      return unread()
          ? new PrintWriter(new OutputStreamWriter(DROPPED, StandardCharsets.UTF_8))
          : super.getWriter();
    }

    @Override
    public void flushBuffer() throws IOException {
      if (!unread()) {
        super.flushBuffer();
      }
    }
  }

  /** Where the application's answer to an unread body goes. */
  private static final ServletOutputStream DROPPED =
      new ServletOutputStream() {
        @Override
        public void write(int b) {
          // dropped: the filter answers 408
        }

        @Override
        public void write(byte[] b, int off, int len) {
          // dropped: the filter answers 408
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
          // writes never block
        }
      };
}
