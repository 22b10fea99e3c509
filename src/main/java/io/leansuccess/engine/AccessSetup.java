package io.leansuccess.engine;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ_TASK;
import static org.camunda.bpm.engine.authorization.Permissions.UPDATE;
import static org.camunda.bpm.engine.authorization.Permissions.UPDATE_TASK;

import io.leansuccess.onboarding.OnboardingProcess;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Who may do what. Creates our candidate groups with what Tasklist and Cockpit need, the
 * integrations' group with only what its API calls do in the engine, and in the demo run the demo
 * users. Deployments stay an admin power: DRL and scripts are code. Every step is idempotent, so
 * it runs at each start.
 */
@Component
public class AccessSetup {

  private static final Logger LOG = LoggerFactory.getLogger(AccessSetup.class);
  static final String ADMIN_PASSWORD_PROPERTY = "camunda.bpm.admin-user.password";

  private final LeanSuccessProperties properties;
  private final Environment environment;

  public AccessSetup(LeanSuccessProperties properties, Environment environment) {
    this.properties = properties;
    this.environment = environment;
  }

  void checkAdminPassword(ProcessEngineConfigurationImpl configuration) {
    if (properties.getSecurity().isAdminPasswordRequired()
        && !StringUtils.hasText(environment.getProperty(ADMIN_PASSWORD_PROPERTY))) {
      throw new IllegalStateException(
          "No admin password: set LEAN_SUCCESS_ADMIN_PASSWORD (or "
              + ADMIN_PASSWORD_PROPERTY
              + "). Only the demo profile runs with known passwords.");
    }
  }

  void createGroupsAndAuthorizations(ProcessEngine engine) {
    var security = properties.getSecurity();
    IdentityService identity = engine.getIdentityService();
    AuthorizationService authorizations = engine.getAuthorizationService();
    for (String group : List.of(security.getCsmGroup(), security.getManagerGroup())) {
      createGroup(identity, group, Groups.GROUP_TYPE_WORKFLOW);
      grant(authorizations, group, Resources.APPLICATION, "tasklist", ACCESS);
      grant(authorizations, group, Resources.PROCESS_DEFINITION, "*",
          READ, READ_TASK, UPDATE_TASK, READ_INSTANCE, READ_HISTORY, CREATE_INSTANCE);
      grant(authorizations, group, Resources.PROCESS_INSTANCE, "*", CREATE, READ, UPDATE);
      grant(authorizations, group, Resources.TASK, "*", READ, UPDATE);
      grant(authorizations, group, Resources.FILTER, "*", READ);
      grant(authorizations, group, Resources.USER, "*", READ);
      grant(authorizations, group, Resources.GROUP, "*", READ);
    }
    grant(authorizations, security.getManagerGroup(), Resources.APPLICATION, "cockpit", ACCESS);
    grant(authorizations, security.getManagerGroup(), Resources.DEPLOYMENT, "*", READ);
    createIntegrationGroup(identity, authorizations, security.getIntegrationGroup());
    createRuleAuthorGroup(identity, security.getRuleAuthorGroup());
    if (properties.getDemo().isEnabled()) {
      createDemoUsers(identity);
    }
  }

  /**
   * Integrations work through our API only: no webapp, no task. The one thing their calls do in
   * the engine as themselves is {@code POST /contracts} starting the account's onboarding; what
   * the process then does runs as engine code, which Camunda does not check.
   */
  private static void createIntegrationGroup(IdentityService identity, AuthorizationService authorizations,
      String group) {
    createGroup(identity, group, Groups.GROUP_TYPE_SYSTEM);
    grant(authorizations, group, Resources.PROCESS_DEFINITION, OnboardingProcess.KEY, CREATE_INSTANCE);
    grant(authorizations, group, Resources.PROCESS_INSTANCE, "*", CREATE);
  }

  /**
   * Rule authors try candidate rules through our API (simulations, rule history) and nothing
   * else: no webapp, no deployment (DRL is code), no process. The group needs no grant in the
   * engine; it exists so an admin can add members in Camunda Admin.
   */
  private static void createRuleAuthorGroup(IdentityService identity, String group) {
    createGroup(identity, group, Groups.GROUP_TYPE_WORKFLOW);
  }

  private void createDemoUsers(IdentityService identity) {
    var security = properties.getSecurity();
    createUser(identity, "demo.csm", "Casey", "Success", List.of(security.getCsmGroup()));
    createUser(identity, "demo.manager", "Morgan", "Manager",
        List.of(security.getManagerGroup(), security.getCsmGroup()));
    createUser(identity, "demo.integration", "Demo", "Integration", List.of(security.getIntegrationGroup()));
    createUser(identity, "demo.author", "Robin", "Author", List.of(security.getRuleAuthorGroup()));
  }

  private void createUser(IdentityService identity, String id, String first, String last, List<String> groups) {
    if (identity.createUserQuery().userId(id).count() == 0) {
      var user = identity.newUser(id);
      user.setFirstName(first);
      user.setLastName(last);
      user.setEmail(id + "@example.com");
      user.setPassword(properties.getDemo().getPassword());
      identity.saveUser(user);
      LOG.info("Demo user {} created", id);
    }
    for (String group : groups) {
      if (identity.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
        identity.createMembership(id, group);
      }
    }
  }

  private static void createGroup(IdentityService identity, String id, String type) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      var group = identity.newGroup(id);
      group.setName(id);
      group.setType(type);
      identity.saveGroup(group);
    }
  }

  private static void grant(AuthorizationService service, String group, Resource resource,
      String resourceId, Permission... permissions) {
    Authorization existing = service.createAuthorizationQuery()
        .groupIdIn(group).resourceType(resource).resourceId(resourceId).singleResult();
    Authorization authorization = existing != null ? existing : service.createNewAuthorization(AUTH_TYPE_GRANT);
    authorization.setGroupId(group);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    service.saveAuthorization(authorization);
  }
}
