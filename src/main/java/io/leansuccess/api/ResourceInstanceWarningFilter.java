package io.leansuccess.api;

import java.util.Collection;
import java.util.List;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Drops the warning Jersey logs for every resource registered as an instance, claiming it "will be
 * ignored" although it is served (eclipse-ee4j/jersey#3700). Only that message, and only for our
 * classes, so it does not scare an operator while real provider problems still show.
 */
final class ResourceInstanceWarningFilter implements Filter {

  private static final String JERSEY_LOGGER = "org.glassfish.jersey.internal.inject.Providers";
  private static final String MESSAGE =
      "does not implement any provider interfaces applicable in the SERVER runtime";

  /** JUL holds loggers weakly; without this reference the filter could vanish with its logger. */
  private static final Logger LOGGER = Logger.getLogger(JERSEY_LOGGER);

  private final List<String> classNames;
  private final Filter previous;

  private ResourceInstanceWarningFilter(List<String> classNames, Filter previous) {
    this.classNames = classNames;
    this.previous = previous;
  }

  static void install(Collection<Class<?>> resourceClasses) {
    List<String> names = resourceClasses.stream().map(Class::getName).toList();
    LOGGER.setFilter(new ResourceInstanceWarningFilter(names, LOGGER.getFilter()));
  }

  @Override
  public boolean isLoggable(LogRecord record) {
    String message = record.getMessage();
    if (message != null
        && message.contains(MESSAGE)
        && classNames.stream().anyMatch(message::contains)) {
      return false;
    }
    return previous == null || previous.isLoggable(record);
  }
}
