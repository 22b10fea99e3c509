package io.leansuccess.api;

import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;

/**
 * The {@code Location} of something created under the request's path. Ids are the senders' (an
 * event id may hold {@code {x}}, a slash or a percent sign): each is one encoded path segment,
 * never read as a URI template or as several segments.
 */
public final class Locations {

  private Locations() {}

  /** {@code base} followed by one path segment per id, each encoded. */
  public static URI below(UriBuilder base, String... ids) {
    UriBuilder builder = base;
    Object[] values = new Object[ids.length];
    for (int i = 0; i < ids.length; i++) {
      builder = builder.path("{id" + i + "}");
      values[i] = ids[i];
    }
    return builder.build(values, true);
  }
}
