package io.leansuccess.api;

import java.util.List;

/** One page of a list: the items, the page asked for (limit as applied) and how many there are. */
public record Page<T>(List<T> items, int limit, int offset, long total) {

  public Page {
    items = List.copyOf(items);
  }
}
