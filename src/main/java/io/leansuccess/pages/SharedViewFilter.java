package io.leansuccess.pages;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.leansuccess.sharing.SharingProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In front of the shared view ({@code /shared/*}), after the pages' security headers: search
 * engines keep out ({@code X-Robots-Tag}, beside the pages' {@code noindex} meta), the address with
 * its token goes to no other site as a referrer, and each client address has a budget of requests
 * (Bucket4j) so tokens cannot be tried in bulk; past it, 429 before any token is looked at.
 */
class SharedViewFilter extends OncePerRequestFilter {

  private static final Duration PERIOD = Duration.ofMinutes(1);

  private final int requestsPerMinute;
  private final Cache<String, Bucket> buckets =
      Caffeine.newBuilder().expireAfterAccess(PERIOD).maximumSize(100_000).build();

  SharedViewFilter(SharingProperties settings) {
    this.requestsPerMinute = settings.getRequestsPerMinute();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setHeader("X-Robots-Tag", "noindex, nofollow, noarchive");
    response.setHeader("Referrer-Policy", "no-referrer");
    Bucket bucket =
        buckets.get(
            request.getRemoteAddr(),
            address ->
                Bucket.builder()
                    .addLimit(
                        limit ->
                            limit
                                .capacity(requestsPerMinute)
                                .refillGreedy(requestsPerMinute, PERIOD))
                    .build());
    if (!bucket.tryConsume(1)) {
      response.setHeader("Retry-After", String.valueOf(PERIOD.toSeconds()));
      response.sendError(429);
      return;
    }
    chain.doFilter(request, response);
  }
}
