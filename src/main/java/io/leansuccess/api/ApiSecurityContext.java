package io.leansuccess.api;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Set;

/** The signed-in Camunda user of one request, for {@code @RolesAllowed} and resources. */
record ApiSecurityContext(String userId, Set<String> roles, boolean secure)
    implements SecurityContext {

  @Override
  public Principal getUserPrincipal() {
    return () -> userId;
  }

  @Override
  public boolean isUserInRole(String role) {
    return roles.contains(role);
  }

  @Override
  public boolean isSecure() {
    return secure;
  }

  @Override
  public String getAuthenticationScheme() {
    return BASIC_AUTH;
  }
}
