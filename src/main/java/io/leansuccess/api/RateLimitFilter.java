package io.leansuccess.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import org.springframework.stereotype.Component;

/**
 * Each integration credential's request budget ({@link RateLimits}), right after it is
 * authenticated and before anything is read or stored: over budget, 429 as a problem document with
 * {@code Retry-After}. Every answer to an integration carries the IETF draft's {@code
 * RateLimit-Policy} and {@code RateLimit} fields, so a client can slow down before it is refused.
 */
@Component
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION + 10)
public class RateLimitFilter implements ContainerRequestFilter, ContainerResponseFilter {

  static final String RATE_LIMIT = "RateLimit";
  static final String RATE_LIMIT_POLICY = "RateLimit-Policy";
  private static final String VERDICT = RateLimitFilter.class.getName() + ".verdict";

  private final RateLimits limits;
  @Context private UriInfo uriInfo;

  public RateLimitFilter(RateLimits limits) {
    this.limits = limits;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    SecurityContext security = request.getSecurityContext();
    if (!limits.enabled()
        || security.getUserPrincipal() == null
        || !security.isUserInRole(ApiRoles.INTEGRATION)
        || ApiRoles.csTeam(security)) {
      return;
    }
    RateLimits.Verdict verdict = limits.take(security.getUserPrincipal().getName());
    request.setProperty(VERDICT, verdict);
    if (!verdict.allowed()) {
      request.abortWith(
          Response.fromResponse(
                  Problem.of(Response.Status.TOO_MANY_REQUESTS, limits.detail(verdict))
                      .withType(Problem.RATE_LIMITED, "Too many requests")
                      .toResponse(uriInfo))
              .header(HttpHeaders.RETRY_AFTER, verdict.waitSeconds())
              .build());
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (request.getProperty(VERDICT) instanceof RateLimits.Verdict verdict) {
      response.getHeaders().putSingle(RATE_LIMIT_POLICY, limits.policy());
      response
          .getHeaders()
          .putSingle(
              RATE_LIMIT,
              "\""
                  + RateLimits.POLICY
                  + "\";r="
                  + verdict.remaining()
                  + ";t="
                  + verdict.waitSeconds());
    }
  }
}
