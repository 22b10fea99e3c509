package io.leansuccess.account;

import java.util.Objects;

/** A part of an account (a business unit, geography or vertical) with its licensed users. */
public record Segment(String key, SegmentKind kind, String name, int licensedUsers) {

  /** Keys appear in URLs and rules, so they stay plain. */
  public static final String KEY_PATTERN = "[A-Za-z0-9._-]{1,64}";

  public Segment {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    if (!key.matches(KEY_PATTERN)) {
      throw new IllegalArgumentException("Segment key '" + key + "' does not match " + KEY_PATTERN);
    }
    if (licensedUsers < 0) {
      throw new IllegalArgumentException("Segment " + key + " has negative licensed users");
    }
  }
}
