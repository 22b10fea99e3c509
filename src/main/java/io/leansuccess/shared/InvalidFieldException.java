package io.leansuccess.shared;

/**
 * A value that passes Bean Validation on its own but not in its request, e.g. a body id that
 * differs from the path's: answered with 400, naming the field like a validation error.
 */
public class InvalidFieldException extends RuntimeException {

  private final String field;

  public InvalidFieldException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
