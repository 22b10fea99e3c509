package io.leansuccess.api;

import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.function.Supplier;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;

/**
 * After the answer, Tomcat reads what is left of a request body (up to max-swallow-size) in the
 * request's thread, so the connection can serve the next request: with a client sending a byte a
 * second, for days. This valve reads the rest itself, until the request's body deadline ({@code
 * lean-success.api.body-read-timeout} from its start, as {@link BodyReadDeadline}); a body that has
 * not arrived by then is given up, and Tomcat closes the connection instead of draining it.
 */
class BodyDrainValve extends ValveBase {

  private final Supplier<Duration> timeout;

  BodyDrainValve(Supplier<Duration> timeout) {
    super(true);
    this.timeout = timeout;
  }

  @Override
  public void invoke(Request request, Response response) throws IOException, ServletException {
    long started = System.nanoTime();
    try {
      getNext().invoke(request, response);
    } finally {
      Duration allowed = timeout.get();
      if (!request.isAsync() && hasBody(request) && !allowed.isZero() && !allowed.isNegative()) {
        drain(request, started + allowed.toNanos());
      }
    }
  }

  private static boolean hasBody(Request request) {
    return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
  }

  private static void drain(Request request, long deadline) {
    try {
      ServletInputStream in = (ServletInputStream) request.getStream();
      if (in.isFinished()) {
        return; // the application read it all, as it nearly always does
      }
      byte[] buffer = new byte[8192];
      while (!in.isFinished()) {
        if (System.nanoTime() - deadline > 0) {
          giveUp(request);
          return;
        }
        if (in.read(buffer) < 0) {
          return;
        }
      }
    } catch (IOException | RuntimeException e) {
      giveUp(request);
    }
  }

  /** Tomcat then closes the connection once the answer is sent, without reading on. */
  private static void giveUp(Request request) {
    request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
  }
}
