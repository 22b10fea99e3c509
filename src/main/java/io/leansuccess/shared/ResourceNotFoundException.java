package io.leansuccess.shared;

/** No object of a kind has the id a client asked for: answered with 404. */
public class ResourceNotFoundException extends RuntimeException {

  public ResourceNotFoundException(String kind, String id) {
    super("No " + kind + " with id '" + id + "'");
  }

  /** When what is missing is not an object by id, e.g. "Account 'acme' has no running cycle". */
  public ResourceNotFoundException(String detail) {
    super(detail);
  }
}
