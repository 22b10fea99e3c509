package io.leansuccess.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request body must arrive within {@code lean-success.api.body-read-timeout} of the request's
 * start. Tomcat's connection timeout is per read, so a client sending one byte a second would hold
 * a request thread for as long as it likes; a few hundred such clients would hold them all. The
 * read past the deadline fails ({@link BodyReadTimeoutException}) and the thread is free again.
 */
class BodyReadDeadline extends OncePerRequestFilter {

  private final ApiProperties properties;

  BodyReadDeadline(ApiProperties properties) {
    this.properties = properties;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Duration timeout = properties.getBodyReadTimeout();
    if (timeout.isZero() || timeout.isNegative() || request.getContentLengthLong() == 0) {
      chain.doFilter(request, response);
      return;
    }
    chain.doFilter(
        new Deadlined(request, System.nanoTime() + timeout.toNanos(), timeout), response);
  }

  private static final class Deadlined extends HttpServletRequestWrapper {

    private final long deadline;
    private final Duration timeout;
    private ServletInputStream stream;

    Deadlined(HttpServletRequest request, long deadline, Duration timeout) {
      super(request);
      this.deadline = deadline;
      this.timeout = timeout;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new DeadlinedStream(super.getInputStream(), deadline, timeout);
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

    DeadlinedStream(ServletInputStream in, long deadline, Duration timeout) {
      this.in = in;
      this.deadline = deadline;
      this.timeout = timeout;
    }

    @Override
    public int read() throws IOException {
      check();
      return in.read();
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      check();
      return in.read(buffer, offset, length);
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
      if (System.nanoTime() - deadline > 0) {
        throw new BodyReadTimeoutException(timeout);
      }
    }
  }
}
