package io.leansuccess.api;

import io.leansuccess.LeanSuccessProperties;
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
  /** Systems that call the API (CRM, analytics, ticketing, billing, surveys): their data, no CSM work. */
  public static final String INTEGRATION = "integration";
  /** Those who try rule changes before they go live: simulations and the rule history, nothing else. */
  public static final String RULE_AUTHOR = "rule-author";

  private final LeanSuccessProperties properties;

  public ApiRoles(LeanSuccessProperties properties) {
    this.properties = properties;
  }

  Set<String> of(Collection<String> groups) {
    Set<String> roles = new HashSet<>(groups);
    if (groups.contains(properties.getSecurity().getCsmGroup())) {
      roles.add(CSM);
    }
    if (groups.contains(properties.getSecurity().getManagerGroup())) {
      roles.add(MANAGER);
    }
    if (groups.contains(properties.getSecurity().getIntegrationGroup())) {
      roles.add(INTEGRATION);
    }
    if (groups.contains(properties.getSecurity().getRuleAuthorGroup())) {
      roles.add(RULE_AUTHOR);
    }
    return roles;
  }
}
