package io.leansuccess.signal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What became of one signal of a batch: stored now, a repeat of a stored event, or rejected with
 * the reason. A rejected signal changed nothing.
 */
public record SignalReceipt(Status status, Rejection rejection) {

  public enum Status {
    STORED,
    REPEATED,
    REJECTED
  }

  /** Why a signal was not taken. */
  public enum Reason {
    /** A field does not fit the kind or the account: {@link Rejection#fields} names it. */
    INVALID,
    /** No account has the signal's account id. */
    UNKNOWN_ACCOUNT,
    /** The event id was stored before with another payload. */
    CONFLICT
  }

  /**
   * @param fields offending fields of the signal by name ({@code value}, {@code segmentKey}) with
   *     what is wrong
   */
  public record Rejection(Reason reason, String detail, Map<String, String> fields) {

    public Rejection {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(detail, "detail");
      fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
  }

  public static final SignalReceipt STORED = new SignalReceipt(Status.STORED, null);
  public static final SignalReceipt REPEATED = new SignalReceipt(Status.REPEATED, null);

  public static SignalReceipt rejected(Reason reason, String detail, Map<String, String> fields) {
    return new SignalReceipt(Status.REJECTED, new Rejection(reason, detail, fields));
  }

  public boolean accepted() {
    return status != Status.REJECTED;
  }
}
