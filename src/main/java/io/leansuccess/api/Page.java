package io.leansuccess.api;

import java.util.List;

/** One page of a list: the items, the page asked for (limit as applied) and how many there are. */
public record Page<T>(List<T> items, int limit, int offset, long total) {

  public Page {
    items = List.copyOf(items);
  }

  /** A page of a list read whole, for lists that stay short (an account's cycles or use cases). */
  public static <T> Page<T> slice(List<T> all, int limit, int offset) {
    int from = Math.min(offset, all.size());
    int to = Math.min(from + limit, all.size());
    return new Page<>(all.subList(from, to), limit, offset, all.size());
  }
}
