package io.leansuccess.pages;

import io.leansuccess.LeanSuccessProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The pages sit behind the login of Camunda's webapps: someone signed in to Tasklist or Cockpit is
 * signed in here too, because the webapps keep their login in the HTTP session. Scripts and tests
 * may send HTTP Basic instead. Without either, the browser goes to Tasklist's login page. Only the
 * CS groups (and admins) see the pages, each the accounts of their teams (docs/teams.md).
 */
class PagesAuthenticationFilter extends OncePerRequestFilter {

  /** Where the user is, for the templates ("signed in as"). */
  static final String USER_ATTRIBUTE = PagesAuthenticationFilter.class.getName() + ".user";

  static final String LOGIN_PATH = "/camunda/app/tasklist/default/";
  static final String RULES_PAGES = "/pages/rules/";

  private final HttpBasicAuthenticationProvider basic = new HttpBasicAuthenticationProvider();
  private final ProcessEngine engine;
  private final LeanSuccessProperties properties;

  PagesAuthenticationFilter(ProcessEngine engine, LeanSuccessProperties properties) {
    this.engine = engine;
    this.properties = properties;
  }

  /** A user and their groups, however they signed in. */
  record PageUser(String id, List<String> groups) {}

  /** The pages' stylesheet and script: public code, the shared view needs them without a login. */
  static final Set<String> PUBLIC_ASSETS = Set.of("/pages/pages.css", "/pages/charts.js");

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return PUBLIC_ASSETS.contains(
        request.getRequestURI().substring(request.getContextPath().length()));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<PageUser> user = fromWebappSession(request.getSession(false));
    if (user.isEmpty() && request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
      AuthenticationResult result = basic.extractAuthenticatedUser(request, engine);
      if (!result.isAuthenticated()) {
        // a script sent wrong credentials: tell it so rather than redirect it to a login form
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Lean Success\"");
        response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        return;
      }
      user =
          Optional.of(
              new PageUser(result.getAuthenticatedUser(), groupsOf(result.getAuthenticatedUser())));
    }
    if (user.isEmpty()) {
      response.sendRedirect(request.getContextPath() + LOGIN_PATH);
      return;
    }
    if (user.get().groups().stream().noneMatch(allowedGroups(request.getRequestURI())::contains)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    request.setAttribute(USER_ATTRIBUTE, user.get());
    // the pages read as the user, so they show the user's book of business and the engine's
    // authorizations apply to what they read there
    var identity = engine.getIdentityService();
    identity.setAuthentication(user.get().id(), user.get().groups());
    try {
      chain.doFilter(request, response);
    } finally {
      identity.clearAuthentication();
    }
  }

  private Optional<PageUser> fromWebappSession(HttpSession session) {
    if (session == null) {
      return Optional.empty();
    }
    Authentication authentication =
        AuthenticationUtil.getAuthsFromSession(session)
            .getAuthenticationForProcessEngine(engine.getName());
    if (authentication instanceof UserAuthentication signedIn) {
      // the webapps cache the groups in the session and refresh them themselves
      List<String> groups = signedIn.getGroupIds() == null ? List.of() : signedIn.getGroupIds();
      return Optional.of(new PageUser(signedIn.getIdentityId(), groups));
    }
    return Optional.empty();
  }

  private List<String> groupsOf(String userId) {
    return engine
        .getIdentityService()
        .createGroupQuery()
        .groupMember(userId)
        .unlimitedList()
        .stream()
        .map(Group::getId)
        .toList();
  }

  /** Rule authors see what their simulations would change, and no other page. */
  private Set<String> allowedGroups(String path) {
    var security = properties.getSecurity();
    if (path.startsWith(RULES_PAGES)) {
      return Set.of(
          security.getCsmGroup(),
          security.getManagerGroup(),
          Groups.CAMUNDA_ADMIN,
          security.getRuleAuthorGroup());
    }
    return Set.of(security.getCsmGroup(), security.getManagerGroup(), Groups.CAMUNDA_ADMIN);
  }
}
