package io.leansuccess.api;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Clears the engine authentication {@link BasicAuthenticationFilter} set, whatever happened in
 * Jersey: it is a thread-local, and a pooled request thread must not carry one user's identity into
 * the next request. A servlet filter because it wraps Jersey as a whole.
 */
class EngineAuthenticationCleanup implements Filter {

  private final ObjectProvider<IdentityService> identityService;

  EngineAuthenticationCleanup(ObjectProvider<IdentityService> identityService) {
    this.identityService = identityService;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } finally {
      identityService.getObject().clearAuthentication();
    }
  }
}
