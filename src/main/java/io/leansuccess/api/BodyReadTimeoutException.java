package io.leansuccess.api;

import java.io.IOException;
import java.time.Duration;

/**
 * The request body did not arrive within {@code lean-success.api.body-read-timeout}: answered with
 * 408. An {@link IOException}, as it is raised while the body is read (see {@link
 * RequestTooLargeException}).
 */
public class BodyReadTimeoutException extends IOException {

  public BodyReadTimeoutException(Duration timeout) {
    super("The request body did not arrive within " + timeout.toSeconds() + " seconds");
  }
}
