package io.leansuccess.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Actuator endpoints show the configuration, the metrics and the engine's state: only an admin
 * ({@code camunda-admin}, HTTP Basic against Camunda's users, as on {@code /api}) may read them.
 * The two probes stay anonymous, because an orchestrator's kubelet or a load balancer has no
 * credentials; they tell nothing but UP or DOWN.
 */
class ActuatorAuthenticationFilter extends OncePerRequestFilter {

  private final HttpBasicAuthenticationProvider basic = new HttpBasicAuthenticationProvider();
  private final ProcessEngine engine;
  private final Set<String> anonymousPaths;

  ActuatorAuthenticationFilter(ProcessEngine engine, String basePath) {
    this.engine = engine;
    this.anonymousPaths = Set.of(basePath + "/health/liveness", basePath + "/health/readiness");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (anonymousPaths.contains(path)) {
      chain.doFilter(request, response);
      return;
    }
    AuthenticationResult result =
        request.getHeader(HttpHeaders.AUTHORIZATION) == null
            ? AuthenticationResult.unsuccessful()
            : basic.extractAuthenticatedUser(request, engine);
    if (!result.isAuthenticated()) {
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Lean Success\"");
      response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
      return;
    }
    boolean admin =
        engine
                .getIdentityService()
                .createGroupQuery()
                .groupMember(result.getAuthenticatedUser())
                .groupId(Groups.CAMUNDA_ADMIN)
                .count()
            > 0;
    if (!admin) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    chain.doFilter(request, response);
  }
}
