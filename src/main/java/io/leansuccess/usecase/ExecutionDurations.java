package io.leansuccess.usecase;

import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;

/**
 * How long a use case executes: an ISO-8601 duration as the engine's timers read it (XML Schema
 * durations such as {@code P3M}, {@code P90D}, {@code PT2160H}; no weeks), and positive.
 */
public final class ExecutionDurations {

  /** The domain's default: about three months. */
  public static final String DEFAULT = "P3M";

  private ExecutionDurations() {}

  public static String orDefault(String duration) {
    return duration == null || duration.isBlank() ? DEFAULT : duration;
  }

  /**
   * Whether a timer can wait this long: parsed by the same JDK parser the engine uses, so a
   * duration accepted here never fails later in the use case's execution process.
   */
  public static boolean valid(String duration) {
    try {
      // a new factory each time: the JDK does not promise that one is safe to share between threads
      return DatatypeFactory.newInstance().newDuration(duration).getSign() > 0;
    } catch (IllegalArgumentException | UnsupportedOperationException unparsable) {
      return false;
    } catch (DatatypeConfigurationException e) {
      throw new IllegalStateException("No XML datatype factory in this JVM", e);
    }
  }
}
