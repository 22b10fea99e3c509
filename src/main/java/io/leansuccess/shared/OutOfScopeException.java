package io.leansuccess.shared;

/**
 * A request the caller's role allows but not for this value, e.g. a billing tool's signal of a kind
 * only analytics sends: answered with 403, naming the field.
 */
public class OutOfScopeException extends RuntimeException {

  private final String field;

  public OutOfScopeException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
