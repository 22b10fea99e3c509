package io.leansuccess.engine;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Passes a response through unless its status is a 5xx: then its body and length are held back, for
 * {@link WebappApiErrors} to answer instead. The status is set before the body in every servlet
 * response, so the choice is made at the first byte.
 */
final class ServerErrorCapture extends HttpServletResponseWrapper {

  private static final String CONTENT_LENGTH = "Content-Length";

  private int status = SC_OK;
  private ByteArrayOutputStream held;
  private PrintWriter writer;

  ServerErrorCapture(HttpServletResponse response) {
    super(response);
  }

  int status() {
    return status;
  }

  /** The held-back body of a 5xx, or null when the response went through. */
  byte[] captured() {
    if (!holding() || isCommitted()) {
      return null;
    }
    if (writer != null) {
      writer.flush();
    }
    return held == null ? new byte[0] : held.toByteArray();
  }

  private boolean holding() {
    return status >= 500;
  }

  @Override
  public void setStatus(int sc) {
    status = sc;
    super.setStatus(sc);
  }

  @Override
  public void sendError(int sc, String msg) throws IOException {
    status = SC_OK;
    super.sendError(sc, msg);
  }

  @Override
  public void sendError(int sc) throws IOException {
    status = SC_OK;
    super.sendError(sc);
  }

  @Override
  public void setContentLength(int len) {
    if (!holding()) {
      super.setContentLength(len);
    }
  }

  @Override
  public void setContentLengthLong(long len) {
    if (!holding()) {
      super.setContentLengthLong(len);
    }
  }

  @Override
  public void setHeader(String name, String value) {
    if (!(holding() && CONTENT_LENGTH.equalsIgnoreCase(name))) {
      super.setHeader(name, value);
    }
  }

  @Override
  public void addHeader(String name, String value) {
    if (!(holding() && CONTENT_LENGTH.equalsIgnoreCase(name))) {
      super.addHeader(name, value);
    }
  }

  @Override
  public void flushBuffer() throws IOException {
    if (!holding()) {
      super.flushBuffer();
    }
  }

  @Override
  public ServletOutputStream getOutputStream() throws IOException {
    if (!holding()) {
      return super.getOutputStream();
    }
    if (held == null) {
      held = new ByteArrayOutputStream();
    }
    return new HeldStream(held);
  }

  @Override
  public PrintWriter getWriter() throws IOException {
    if (!holding()) {
      return super.getWriter();
    }
    if (writer == null) {
      writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8));
    }
    return writer;
  }

  private static final class HeldStream extends ServletOutputStream {
    private final ByteArrayOutputStream target;

    HeldStream(ByteArrayOutputStream target) {
      this.target = target;
    }

    @Override
    public void write(int b) {
      target.write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      target.write(bytes, offset, length);
    }

    @Override
    public boolean isReady() {
      return true;
    }

    @Override
    public void setWriteListener(WriteListener listener) {
      throw new UnsupportedOperationException("held bodies are written synchronously");
    }
  }
}
