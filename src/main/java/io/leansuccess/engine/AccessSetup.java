package io.leansuccess.engine;

import io.leansuccess.LeanSuccessProperties;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Who may do what: the product's groups and grants ({@link ProductGrants}), each version applied
 * once per database and recorded as the engine property {@value #GRANTS_VERSION_PROPERTY}, so what
 * an admin changes afterwards stays changed; in the demo run also the demo users.
 */
@Component
public class AccessSetup {

  private static final Logger LOG = LoggerFactory.getLogger(AccessSetup.class);
  static final String ADMIN_PASSWORD_PROPERTY = "camunda.bpm.admin-user.password";
  static final String GRANTS_VERSION_PROPERTY = "lean-success.grants-version";

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
    applyGrants(engine, ProductGrants.of(properties.getSecurity()));
    if (properties.getDemo().isEnabled()) {
      createDemoUsers(engine.getIdentityService());
    } else {
      warnOfEveryScopeIntegrations(engine.getIdentityService());
    }
  }

  /**
   * The integrations' group of earlier releases holds every scope; its members should move to
   * theirs.
   */
  private void warnOfEveryScopeIntegrations(IdentityService identity) {
    String group = properties.getSecurity().getIntegrationGroup();
    long members = identity.createUserQuery().memberOfGroup(group).count();
    if (members > 0) {
      LOG.warn(
          "{} user(s) of group {} hold every integration scope: give each system a user in the groups of the"
              + " scopes it needs ({}) and take it out of {} (docs/api.md)",
          members,
          group,
          String.join(", ", properties.getSecurity().getIntegrationScopeGroups().values()),
          group);
    }
  }

  /**
   * The versions this database has not had yet, in order; a database from before versions gets them
   * all.
   */
  void applyGrants(ProcessEngine engine, List<GrantsVersion> versions) {
    ManagementService management = engine.getManagementService();
    String stored = management.getProperties().get(GRANTS_VERSION_PROPERTY);
    int applied = stored == null ? 0 : Integer.parseInt(stored);
    var grants = new Grants(engine.getIdentityService(), engine.getAuthorizationService());
    for (GrantsVersion version : versions) {
      if (version.number() > applied) {
        version.steps().accept(grants);
        management.setProperty(GRANTS_VERSION_PROPERTY, String.valueOf(version.number()));
        applied = version.number();
        LOG.info("Grants version {} applied: {}", version.number(), version.change());
      }
    }
  }

  private void createDemoUsers(IdentityService identity) {
    var security = properties.getSecurity();
    createUser(identity, "demo.csm", "Casey", "Success", List.of(security.getCsmGroup()));
    createUser(
        identity,
        "demo.manager",
        "Morgan",
        "Manager",
        List.of(security.getManagerGroup(), security.getCsmGroup()));
    // every scope, as the one integrations' group of earlier releases gave
    createUser(
        identity,
        "demo.integration",
        "Demo",
        "Integration",
        List.of(security.getIntegrationGroup()));
    // one system per scope: demo.crm, demo.analytics, demo.billing, demo.surveys, demo.ticketing
    security
        .getIntegrationScopeGroups()
        .forEach(
            (scope, group) ->
                createUser(
                    identity,
                    "demo." + scope,
                    "Demo",
                    StringUtils.capitalize(scope),
                    List.of(group)));
    createUser(identity, "demo.author", "Robin", "Author", List.of(security.getRuleAuthorGroup()));
    createUser(identity, DemoTeams.OTHER_CSM, "Jordan", "Rivera", List.of(security.getCsmGroup()));
    // joins the team here when it exists already (a demo database of an earlier release)
    createUser(
        identity,
        DemoTeams.OTHER_MANAGER,
        "Avery",
        "Lopez",
        List.of(security.getManagerGroup(), security.getCsmGroup(), DemoTeams.GROWTH_AMERICAS));
    createTeam(
        identity,
        DemoTeams.ENTERPRISE_EMEA,
        "Enterprise EMEA",
        List.of("demo.csm", "demo.manager"));
    createTeam(
        identity,
        DemoTeams.GROWTH_AMERICAS,
        "Growth Americas",
        List.of(DemoTeams.OTHER_CSM, DemoTeams.OTHER_MANAGER));
  }

  /** Once, with its first members: a team an admin has changed stays so. */
  private void createTeam(IdentityService identity, String id, String name, List<String> members) {
    if (identity.createGroupQuery().groupId(id).count() > 0) {
      return;
    }
    var team = identity.newGroup(id);
    team.setName(name);
    team.setType(DemoTeams.TYPE);
    identity.saveGroup(team);
    members.stream()
        .filter(user -> identity.createUserQuery().userId(user).count() > 0)
        .forEach(user -> identity.createMembership(user, id));
    LOG.info("Demo team {} created", id);
  }

  /** Once: a demo user an admin has changed or removed from a group stays so. */
  private void createUser(
      IdentityService identity, String id, String first, String last, List<String> groups) {
    if (identity.createUserQuery().userId(id).count() > 0) {
      return;
    }
    var user = identity.newUser(id);
    user.setFirstName(first);
    user.setLastName(last);
    user.setEmail(id + "@example.com");
    user.setPassword(properties.getDemo().getPassword());
    identity.saveUser(user);
    groups.stream()
        .filter(group -> identity.createGroupQuery().groupId(group).count() > 0)
        .forEach(group -> identity.createMembership(id, group));
    LOG.info("Demo user {} created", id);
  }
}
