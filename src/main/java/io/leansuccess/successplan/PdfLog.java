package io.leansuccess.successplan;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PDF renderer's messages through SLF4J like the rest of the app's: its own logger prints every
 * page's progress to the console at INFO. Problems stay visible as warnings and errors.
 */
final class PdfLog implements XRLogger {

  private static final Logger LOG = LoggerFactory.getLogger("com.openhtmltopdf");

  @Override
  public void log(String where, Level level, String message) {
    log(where, level, message, null);
  }

  @Override
  public void log(String where, Level level, String message, Throwable error) {
    if (level.intValue() >= Level.SEVERE.intValue()) {
      LOG.error("{}: {}", where, message, error);
    } else if (level.intValue() >= Level.WARNING.intValue()) {
      LOG.warn("{}: {}", where, message, error);
    } else {
      LOG.debug("{}: {}", where, message, error);
    }
  }

  @Override
  public void setLevel(String logger, Level level) {
    // levels are SLF4J's to set (logging.level.com.openhtmltopdf)
  }

  @Override
  public boolean isLogLevelEnabled(Diagnostic diagnostic) {
    return diagnostic.getLevel().intValue() >= Level.WARNING.intValue() || LOG.isDebugEnabled();
  }
}
