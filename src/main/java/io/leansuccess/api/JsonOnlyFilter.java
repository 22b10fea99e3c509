package io.leansuccess.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A request that changes something is JSON or has no body at all. A browser sends a cross-site form
 * (url-encoded, multipart or text/plain) without asking first, and with the Basic credentials it
 * has cached for this site; refused with 415 before any resource runs, so such a form cannot start
 * a cycle, even where the operation takes no body.
 */
@Component
@Provider
@PreMatching
@Priority(Priorities.AUTHORIZATION)
public class JsonOnlyFilter implements ContainerRequestFilter {

  private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");

  @Override
  public void filter(ContainerRequestContext request) {
    if (READING.contains(request.getMethod())) {
      return;
    }
    MediaType type = request.getMediaType();
    if (type != null && !isJson(type)) {
      throw new NotSupportedException();
    }
  }

  private static boolean isJson(MediaType type) {
    return type.getType().equalsIgnoreCase("application")
        && (type.getSubtype().equalsIgnoreCase("json")
            || type.getSubtype().toLowerCase(Locale.ROOT).endsWith("+json"));
  }
}
