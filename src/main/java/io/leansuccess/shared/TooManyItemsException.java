package io.leansuccess.shared;

/**
 * A batch holds more items than its configured maximum: answered with 413, and nothing of it is
 * taken. The sender splits it and sends the parts.
 */
public class TooManyItemsException extends RuntimeException {

  public TooManyItemsException(int items, int maximum) {
    super("The batch holds " + items + " items; at most " + maximum + " are taken per request");
  }
}
