package io.leansuccess.api;

/** No object of a kind has the id a client asked for: answered with 404. */
public class ResourceNotFoundException extends RuntimeException {

  public ResourceNotFoundException(String kind, String id) {
    super("No " + kind + " with id '" + id + "'");
  }
}
