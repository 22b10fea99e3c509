package io.leansuccess.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

/** What a Java type looks like in JSON, said to a client who has never seen our classes. */
final class JsonTypes {

  private JsonTypes() {}

  static String describe(Class<?> type) {
    if (type.isEnum()) {
      return "one of "
          + Arrays.stream(type.getEnumConstants())
              .map(String::valueOf)
              .collect(Collectors.joining(", "));
    }
    if (type == int.class
        || type == long.class
        || type == short.class
        || type == Integer.class
        || type == Long.class
        || type == Short.class) {
      return "a whole number";
    }
    if (type == BigDecimal.class
        || type == double.class
        || type == Double.class
        || type == float.class
        || type == Float.class) {
      return "a number";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type == LocalDate.class) {
      return "a date (YYYY-MM-DD)";
    }
    if (Temporal.class.isAssignableFrom(type)) {
      return "an ISO 8601 date-time";
    }
    if (CharSequence.class.isAssignableFrom(type)) {
      return "a string";
    }
    if (type.isArray() || Collection.class.isAssignableFrom(type)) {
      return "a JSON array";
    }
    return "a JSON object";
  }
}
