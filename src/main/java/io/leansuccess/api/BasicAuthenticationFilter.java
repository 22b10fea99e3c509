package io.leansuccess.api;

import io.leansuccess.api.VerifiedCredentials.Verified;
import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.stereotype.Component;

/**
 * HTTP Basic against Camunda's users, before any resource is matched so an unknown path tells a
 * stranger nothing. The user then acts with their Camunda groups: as roles for
 * {@code @RolesAllowed}, and as the engine's authentication so Camunda's authorizations apply to
 * what the request does in the engine. {@link EngineAuthenticationCleanup} clears it afterwards. A
 * credential verified a moment ago is taken from {@link VerifiedCredentials}.
 */
@Component
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class BasicAuthenticationFilter implements ContainerRequestFilter {

  static final String CHALLENGE = "Basic realm=\"Lean Success\"";

  /** The API's description holds no data; clients read it before they have credentials. */
  private static final Set<String> PUBLIC_PATHS = Set.of("openapi.json", "openapi.yaml");

  private final AuthenticationProvider basicAuthentication = new HttpBasicAuthenticationProvider();
  private final ProcessEngine engine;
  private final ApiRoles roles;
  private final VerifiedCredentials credentials;
  @Context private HttpServletRequest request;

  public BasicAuthenticationFilter(
      ProcessEngine engine, ApiRoles roles, VerifiedCredentials credentials) {
    this.engine = engine;
    this.roles = roles;
    this.credentials = credentials;
  }

  @Override
  public void filter(ContainerRequestContext context) {
    if (PUBLIC_PATHS.contains(context.getUriInfo().getPath())) {
      return;
    }
    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    Verified user = credentials.verified(authorization).orElseGet(() -> verify(authorization));
    engine.getIdentityService().setAuthentication(user.userId(), user.groups());
    context.setSecurityContext(
        new ApiSecurityContext(
            user.userId(), roles.of(user.groups()), context.getSecurityContext().isSecure()));
  }

  private Verified verify(String authorization) {
    VerifiedCredentials.Ticket ticket = credentials.ticket();
    AuthenticationResult result = basicAuthentication.extractAuthenticatedUser(request, engine);
    if (!result.isAuthenticated()) {
      throw new NotAuthorizedException(CHALLENGE);
    }
    String userId = result.getAuthenticatedUser();
    IdentityService identity = engine.getIdentityService();
    List<String> groups =
        identity.createGroupQuery().groupMember(userId).unlimitedList().stream()
            .map(Group::getId)
            .toList();
    Verified user = new Verified(userId, groups);
    credentials.remember(ticket, authorization, user);
    return user;
  }
}
