package io.leansuccess.api;

import java.io.IOException;

/**
 * The request body is larger than {@code lean-success.api.max-request-bytes}: answered with 413. An
 * {@link IOException} because it is raised while the body is read: Jackson passes I/O errors
 * through unwrapped, where it would wrap a runtime exception into a 400 mapping error.
 */
public class RequestTooLargeException extends IOException {

  private final long limit;

  public RequestTooLargeException(long limit) {
    super("The request body is larger than " + limit + " bytes");
    this.limit = limit;
  }

  public long limit() {
    return limit;
  }
}
