package io.leansuccess.rules.drools;

import java.io.Serializable;

/**
 * One message of the DRL compiler, placed the way editors and Camunda Modeler expect: {@code
 * rules/Broken.drl:4:14: mismatched input ...}. Line and column are Drools' own numbers (the column
 * counts from 0, as in the message text); 0 and -1 mean the compiler did not say.
 */
public record CompilationProblem(String resourceName, int line, int column, String text)
    implements Serializable {

  public static final int UNKNOWN_COLUMN = -1;

  public CompilationProblem {
    // Drools puts expression errors on several lines; one line per problem keeps lists readable
    text = text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
  }

  @Override
  public String toString() {
    StringBuilder place = new StringBuilder(resourceName);
    if (line > 0) {
      place.append(':').append(line);
      if (column != UNKNOWN_COLUMN) {
        place.append(':').append(column);
      }
    }
    return place.append(": ").append(text).toString();
  }
}
