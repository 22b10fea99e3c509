package io.leansuccess.api;

import io.leansuccess.LeanSuccessProperties;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.stereotype.Component;

/**
 * The roles {@code @RolesAllowed} names. A user's roles are their Camunda groups, plus the role of
 * each group configured under {@code lean-success.security}: the annotations need constants, the
 * group ids are an operator's choice.
 */
@Component
public class ApiRoles {

  public static final String CSM = "csm";
  public static final String MANAGER = "cs-manager";
  public static final String ADMIN = Groups.CAMUNDA_ADMIN;

  /** Any system that calls the API, whatever its scopes: its data, no CSM work, no reasoning. */
  public static final String INTEGRATION = "integration";

  /** The roles of the {@link IntegrationScope}s. */
  public static final String INTEGRATION_CRM = "integration-crm";

  public static final String INTEGRATION_ANALYTICS = "integration-analytics";
  public static final String INTEGRATION_BILLING = "integration-billing";
  public static final String INTEGRATION_SURVEYS = "integration-surveys";
  public static final String INTEGRATION_TICKETING = "integration-ticketing";

  /**
   * Those who try rule changes before they go live: simulations and the rule history, nothing else.
   */
  public static final String RULE_AUTHOR = "rule-author";

  private final LeanSuccessProperties properties;

  public ApiRoles(LeanSuccessProperties properties) {
    this.properties = properties;
  }

  /**
   * The CS team (CSMs, managers, admins): every endpoint of its work, the rules' reasoning, every
   * signal.
   */
  public static boolean csTeam(SecurityContext security) {
    return security.isUserInRole(CSM)
        || security.isUserInRole(MANAGER)
        || security.isUserInRole(ADMIN);
  }

  /** Whether the caller may act in this integration scope: the CS team always may. */
  public static boolean holds(SecurityContext security, IntegrationScope scope) {
    return csTeam(security) || security.isUserInRole(scope.role());
  }

  Set<String> of(Collection<String> groups) {
    Set<String> roles = new HashSet<>(groups);
    if (groups.contains(properties.getSecurity().getCsmGroup())) {
      roles.add(CSM);
    }
    if (groups.contains(properties.getSecurity().getManagerGroup())) {
      roles.add(MANAGER);
    }
    var security = properties.getSecurity();
    if (groups.contains(security.getIntegrationGroup())) {
      // the group of earlier releases: every scope, until its members move to their scopes' groups
      roles.add(INTEGRATION);
      Arrays.stream(IntegrationScope.values()).forEach(scope -> roles.add(scope.role()));
    }
    for (IntegrationScope scope : IntegrationScope.values()) {
      if (groups.contains(
          security.getIntegrationScopeGroups().getOrDefault(scope.key(), scope.role()))) {
        roles.add(INTEGRATION);
        roles.add(scope.role());
      }
    }
    if (groups.contains(properties.getSecurity().getRuleAuthorGroup())) {
      roles.add(RULE_AUTHOR);
    }
    return roles;
  }
}
