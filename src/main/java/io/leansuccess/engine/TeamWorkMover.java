package io.leansuccess.engine;

import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_TASK;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;

import io.leansuccess.account.AccountMoved;
import io.leansuccess.account.AccountRepository;
import io.leansuccess.account.Ownership;
import io.leansuccess.account.Teams;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Moving an account moves its work: the grants of its process instances, their history and its
 * tasks go from the old team to the new one, in the transaction that moves the account. A task's
 * assignee outside the new team gives it back to the team (unassigned). Tasks and instances created
 * later get the new team from {@link TeamAuthorizationProvider}. Work that ran before teams owned
 * accounts is granted so once, when the product first starts with them.
 */
@Component
class TeamWorkMover {

  private static final Logger LOG = LoggerFactory.getLogger(TeamWorkMover.class);
  static final String GRANTED_PROPERTY = "lean-success.team-work-granted";
  private static final int PAGE = 500;

  private final ObjectProvider<ProcessEngine> engine;
  private final TeamAccessPlugin plugin;
  private final Teams teams;
  private final ObjectProvider<AccountRepository> accounts;

  TeamWorkMover(
      ObjectProvider<ProcessEngine> engine,
      TeamAccessPlugin plugin,
      Teams teams,
      ObjectProvider<AccountRepository> accounts) {
    this.engine = engine;
    this.plugin = plugin;
    this.teams = teams;
    this.accounts = accounts;
  }

  @EventListener
  void move(AccountMoved moved) {
    if (moved.teamChanged()) {
      asTheProduct(() -> moveWork(moved.accountId(), moved.before(), moved.after()));
    }
  }

  /**
   * Once per database, after the grants that made teams own accounts: the work that was running
   * before gets its account's readers (the managers, for an account no team has yet), as if it had
   * started now.
   */
  @EventListener(ApplicationReadyEvent.class)
  void grantWorkStartedBefore() {
    ManagementService management = engine.getObject().getManagementService();
    if (management.getProperties().containsKey(GRANTED_PROPERTY)) {
      return;
    }
    Set<String> accountIds = new TreeSet<>();
    RuntimeService runtime = engine.getObject().getRuntimeService();
    int first = 0;
    List<ProcessInstance> page;
    do {
      page =
          runtime
              .createProcessInstanceQuery()
              .orderByProcessInstanceId()
              .asc()
              .listPage(first, PAGE);
      page.stream()
          .map(ProcessInstance::getBusinessKey)
          .filter(Objects::nonNull)
          .forEach(accountIds::add);
      first += PAGE;
    } while (page.size() == PAGE);
    for (String accountId : accountIds) {
      try {
        accounts
            .getObject()
            .findOwnership(accountId)
            .ifPresent(ownership -> asTheProduct(() -> moveWork(accountId, ownership, ownership)));
      } catch (RuntimeException notGranted) {
        // another node starting at the same moment may have granted it: one account never stops the
        // others
        LOG.warn(
            "Running work of account {} not granted to its team: {}",
            accountId,
            notGranted.getMessage());
      }
    }
    management.setProperty(GRANTED_PROPERTY, "true");
    LOG.info("Running work of {} accounts granted to their teams", accountIds.size());
  }

  private void asTheProduct(Runnable work) {
    var identity = engine.getObject().getIdentityService();
    Authentication asker = identity.getCurrentAuthentication();
    // the manager who moves the account may not change authorizations: the product does it
    identity.clearAuthentication();
    try {
      work.run();
    } finally {
      if (asker != null) {
        identity.setAuthentication(asker);
      }
    }
  }

  private void moveWork(String accountId, Ownership before, Ownership after) {
    ProcessEngine processEngine = engine.getObject();
    AuthorizationService authorizations = processEngine.getAuthorizationService();
    TeamAuthorizationProvider provider = plugin.provider();
    String oldReaders = provider.readers(before);
    List<HistoricProcessInstance> instances =
        processEngine
            .getHistoryService()
            .createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(accountId)
            .unlimitedList();
    for (HistoricProcessInstance instance : instances) {
      revoke(authorizations, PROCESS_INSTANCE, instance.getId(), oldReaders);
      revoke(authorizations, HISTORIC_PROCESS_INSTANCE, instance.getId(), oldReaders);
    }
    List<Task> tasks =
        processEngine
            .getTaskService()
            .createTaskQuery()
            .processInstanceBusinessKey(accountId)
            .unlimitedList();
    for (Task task : tasks) {
      revokeAll(authorizations, TASK, task.getId());
      revokeAll(authorizations, HISTORIC_TASK, task.getId());
      if (task.getAssignee() != null
          && after.assigned()
          && !teams.isMember(task.getAssignee(), after.team())) {
        processEngine.getTaskService().setAssignee(task.getId(), null);
      }
    }
    List<HistoricTaskInstance> finished =
        processEngine
            .getHistoryService()
            .createHistoricTaskInstanceQuery()
            .processInstanceBusinessKey(accountId)
            .finished()
            .unlimitedList();
    finished.forEach(task -> revokeAll(authorizations, HISTORIC_TASK, task.getId()));
    grant(processEngine, provider, instances, tasks, finished, after);
  }

  private void grant(
      ProcessEngine processEngine,
      TeamAuthorizationProvider provider,
      List<HistoricProcessInstance> instances,
      List<Task> tasks,
      List<HistoricTaskInstance> finished,
      Ownership after) {
    var configuration = ((ProcessEngineImpl) processEngine).getProcessEngineConfiguration();
    configuration
        .getCommandExecutorTxRequired()
        .execute(
            context -> {
              var manager = context.getAuthorizationManager();
              for (HistoricProcessInstance instance : instances) {
                AuthorizationEntity[] grants =
                    provider.forInstance(
                        instance.getId(),
                        instance.getRootProcessInstanceId(),
                        instance.getBusinessKey());
                if (grants != null) {
                  manager.saveDefaultAuthorizations(grants);
                }
              }
              for (Task listed : tasks) {
                var task = context.getTaskManager().findTaskById(listed.getId());
                List<String> candidates = new ArrayList<>();
                for (IdentityLink link : task.getIdentityLinks()) {
                  if (IdentityLinkType.CANDIDATE.equals(link.getType())
                      && link.getGroupId() != null) {
                    candidates.add(link.getGroupId());
                  }
                }
                manager.saveDefaultAuthorizations(
                    provider.forTask(task, candidates, task.getAssignee()));
              }
              for (HistoricTaskInstance task : finished) {
                manager.saveDefaultAuthorizations(
                    new AuthorizationEntity[] {
                      provider.forFinishedTask(task.getId(), task.getRootProcessInstanceId(), after)
                    });
              }
              return null;
            });
  }

  private static void revoke(
      AuthorizationService authorizations, Resource resource, String id, String group) {
    authorizations
        .createAuthorizationQuery()
        .resourceType(resource)
        .resourceId(id)
        .groupIdIn(group)
        .unlimitedList()
        .forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
  }

  private static void revokeAll(AuthorizationService authorizations, Resource resource, String id) {
    authorizations
        .createAuthorizationQuery()
        .resourceType(resource)
        .resourceId(id)
        .unlimitedList()
        .stream()
        .filter(grant -> grant.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT)
        .forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
  }
}
