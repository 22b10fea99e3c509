package io.leansuccess.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.stereotype.Component;

/**
 * Refuses a body over {@code lean-success.api.max-request-bytes}: at once when Content-Length says
 * so, and while reading when it does not (chunked), so no body is ever parsed in full.
 */
@Component
@Provider
@PreMatching
@Priority(Priorities.ENTITY_CODER)
public class RequestSizeLimitFilter implements ContainerRequestFilter {

  private final ApiProperties properties;

  public RequestSizeLimitFilter(ApiProperties properties) {
    this.properties = properties;
  }

  @Override
  public void filter(ContainerRequestContext context) throws IOException {
    long limit = properties.getMaxRequestBytes().toBytes();
    if (declaredLength(context) > limit) {
      throw new RequestTooLargeException(limit);
    }
    context.setEntityStream(new LimitedInputStream(context.getEntityStream(), limit));
  }

  /** Read as a long: {@link ContainerRequestContext#getLength()} is an int. */
  private static long declaredLength(ContainerRequestContext context) {
    String header = context.getHeaderString(HttpHeaders.CONTENT_LENGTH);
    try {
      return header == null ? -1 : Long.parseLong(header.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** Fails the read that goes past the limit. */
  static final class LimitedInputStream extends FilterInputStream {
    private final long limit;
    private long count;

    LimitedInputStream(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count(skipped);
      return skipped;
    }

    @Override
    public boolean markSupported() {
      return false;
    }

    private void count(long n) throws RequestTooLargeException {
      count += n;
      if (count > limit) {
        throw new RequestTooLargeException(limit);
      }
    }
  }
}
