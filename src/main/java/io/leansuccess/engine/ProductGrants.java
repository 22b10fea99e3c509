package io.leansuccess.engine;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ_TASK;
import static org.camunda.bpm.engine.authorization.Permissions.UPDATE;
import static org.camunda.bpm.engine.authorization.Permissions.UPDATE_TASK;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;
import static org.camunda.bpm.engine.authorization.Resources.GROUP;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;
import static org.camunda.bpm.engine.authorization.Resources.USER;

import io.leansuccess.LeanSuccessProperties;
import io.leansuccess.onboarding.OnboardingProcess;
import java.util.List;
import org.camunda.bpm.engine.authorization.Groups;

/**
 * Who may do what, release by release. Never edit a version a release has shipped: add the next
 * one. Deployments stay an admin power: DRL and scripts are code.
 */
final class ProductGrants {

  private ProductGrants() {}

  static List<GrantsVersion> of(LeanSuccessProperties.Security security) {
    String csm = security.getCsmGroup();
    String manager = security.getManagerGroup();
    String integration = security.getIntegrationGroup();
    String ruleAuthor = security.getRuleAuthorGroup();
    String accountManager = security.getAccountManagerGroup();
    return List.of(
        new GrantsVersion(
            1,
            "the candidate groups with Tasklist and Cockpit, the integrations' group",
            grants -> {
              for (String group : List.of(csm, manager)) {
                grants.group(group, Groups.GROUP_TYPE_WORKFLOW);
                grants.grant(group, APPLICATION, "tasklist", ACCESS);
                grants.grant(
                    group,
                    PROCESS_DEFINITION,
                    "*",
                    READ,
                    READ_TASK,
                    UPDATE_TASK,
                    READ_INSTANCE,
                    READ_HISTORY,
                    CREATE_INSTANCE);
                grants.grant(group, PROCESS_INSTANCE, "*", CREATE, READ, UPDATE);
                grants.grant(group, TASK, "*", READ, UPDATE);
                grants.grant(group, FILTER, "*", READ);
                grants.grant(group, USER, "*", READ);
                grants.grant(group, GROUP, "*", READ);
              }
              grants.grant(manager, APPLICATION, "cockpit", ACCESS);
              grants.grant(manager, DEPLOYMENT, "*", READ);
              // integrations work through our API only: the one engine call they make as themselves
              // is
              // POST /contracts starting the onboarding; what the process then does runs as engine
              // code
              grants.group(integration, Groups.GROUP_TYPE_SYSTEM);
              grants.grant(integration, PROCESS_DEFINITION, OnboardingProcess.KEY, CREATE_INSTANCE);
              grants.grant(integration, PROCESS_INSTANCE, "*", CREATE);
            }),
        new GrantsVersion(
            2,
            "a CSM works the tasks offered to the CSM's groups, not every task",
            grants -> {
              // Camunda grants a task's candidate groups and assignee READ and UPDATE on that task
              // when it is created; the escalations offered to the managers stay theirs
              grants.revoke(csm, TASK, "*", READ, UPDATE);
              grants.revoke(csm, PROCESS_DEFINITION, "*", READ_TASK, UPDATE_TASK);
              // nor may a CSM close a step by moving the process past it
              grants.revoke(csm, PROCESS_INSTANCE, "*", UPDATE);
            }),
        new GrantsVersion(
            3,
            "the rule authors' group, for simulations and rule history in our API",
            grants -> {
              // no grant in the engine: no webapp, no deployment (DRL is code), no process; the
              // group
              // exists so an admin can add members in Camunda Admin
              grants.group(ruleAuthor, Groups.GROUP_TYPE_WORKFLOW);
            }),
        new GrantsVersion(
            4,
            "each actor only what its job needs: nobody starts a process or changes a running one"
                + " in the engine; a group per integration scope",
            grants -> {
              // the product starts cycles and onboardings itself once its API has checked the rules
              // (ProductCalls); timers and the health rules start the rest. A grant to start any of
              // them would let Tasklist or /engine-rest start one past those rules (a second
              // get-well
              // plan, a health run, a cycle without its account)
              for (String group : List.of(csm, manager)) {
                grants.revoke(group, PROCESS_DEFINITION, "*", CREATE_INSTANCE);
                grants.revoke(group, PROCESS_INSTANCE, "*", CREATE);
              }
              grants.revoke(
                  integration, PROCESS_DEFINITION, OnboardingProcess.KEY, CREATE_INSTANCE);
              grants.revoke(integration, PROCESS_INSTANCE, "*", CREATE);
              // Cockpit shows a manager every running process but changes none: no variables set or
              // deleted, no instance suspended, cancelled, modified or migrated (an admin's work)
              grants.revoke(manager, PROCESS_INSTANCE, "*", UPDATE);
              // each integration its own scopes (the API's roles); nothing in the engine
              security
                  .getIntegrationScopeGroups()
                  .values()
                  .forEach(scope -> grants.group(scope, Groups.GROUP_TYPE_SYSTEM));
            }),
        new GrantsVersion(
            5,
            "teams own accounts: a CS group reads only its teams' instances, tasks and history",
            grants -> {
              // each instance, task and their history are granted to the account's team when
              // created
              // (TeamAuthorizationProvider); a manager moving an account moves them (TeamWorkMover)
              for (String group : List.of(csm, manager)) {
                grants.revoke(group, PROCESS_DEFINITION, "*", READ_INSTANCE, READ_HISTORY);
                grants.revoke(group, PROCESS_INSTANCE, "*", READ);
              }
              grants.revoke(manager, PROCESS_DEFINITION, "*", READ_TASK, UPDATE_TASK);
              grants.revoke(manager, TASK, "*", READ, UPDATE);
            }),
        new GrantsVersion(
            6,
            "the account managers' group: Tasklist for the CRM record tasks assigned to them",
            grants -> {
              // no grant on any process, instance or task: Camunda grants a task's assignee READ
              // and
              // UPDATE on that task alone (CompleteCrmDataProcess assigns it by e-mail address)
              grants.group(accountManager, Groups.GROUP_TYPE_WORKFLOW);
              grants.grant(accountManager, APPLICATION, "tasklist", ACCESS);
              grants.grant(accountManager, FILTER, "*", READ);
            }));
  }
}
