package io.leansuccess.shared;

/**
 * A request contradicts what is stored, e.g. a create for an id that exists with other content:
 * answered with 409. Plain Java, so feature services throw it without knowing about HTTP.
 */
public class ConflictException extends RuntimeException {

  public ConflictException(String detail) {
    super(detail);
  }
}
