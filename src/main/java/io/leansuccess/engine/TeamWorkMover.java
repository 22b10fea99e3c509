package io.leansuccess.engine;

import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_TASK;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;

import io.leansuccess.account.AccountMoved;
import io.leansuccess.account.Ownership;
import io.leansuccess.account.Teams;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Moving an account moves its work: the grants of its process instances, their history and its
 * tasks go from the old team to the new one, in the transaction that moves the account. A task's
 * assignee outside the new team gives it back to the team (unassigned). Tasks and instances
 * created later get the new team from {@link TeamAuthorizationProvider}.
 */
@Component
class TeamWorkMover {

  private final ObjectProvider<ProcessEngine> engine;
  private final TeamAccessPlugin plugin;
  private final Teams teams;

  TeamWorkMover(ObjectProvider<ProcessEngine> engine, TeamAccessPlugin plugin, Teams teams) {
    this.engine = engine;
    this.plugin = plugin;
    this.teams = teams;
  }

  @EventListener
  void move(AccountMoved moved) {
    if (!moved.teamChanged()) {
      return;
    }
    var identity = engine.getObject().getIdentityService();
    Authentication asker = identity.getCurrentAuthentication();
    // the manager who moves the account may not change authorizations: the product does it
    identity.clearAuthentication();
    try {
      moveWork(moved.accountId(), moved.before(), moved.after());
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
    List<HistoricProcessInstance> instances = processEngine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(accountId).list();
    for (HistoricProcessInstance instance : instances) {
      revoke(authorizations, PROCESS_INSTANCE, instance.getId(), oldReaders);
      revoke(authorizations, HISTORIC_PROCESS_INSTANCE, instance.getId(), oldReaders);
    }
    List<Task> tasks = processEngine.getTaskService().createTaskQuery().processInstanceBusinessKey(accountId).list();
    for (Task task : tasks) {
      revokeAll(authorizations, TASK, task.getId());
      revokeAll(authorizations, HISTORIC_TASK, task.getId());
      if (task.getAssignee() != null && (after.team() == null || !teams.isMember(task.getAssignee(), after.team()))) {
        processEngine.getTaskService().setAssignee(task.getId(), null);
      }
    }
    List<HistoricTaskInstance> finished = processEngine.getHistoryService().createHistoricTaskInstanceQuery()
        .processInstanceBusinessKey(accountId).finished().list();
    finished.forEach(task -> revokeAll(authorizations, HISTORIC_TASK, task.getId()));
    grant(processEngine, provider, instances, tasks, finished, after);
  }

  private void grant(ProcessEngine processEngine, TeamAuthorizationProvider provider,
      List<HistoricProcessInstance> instances, List<Task> tasks, List<HistoricTaskInstance> finished, Ownership after) {
    var configuration = ((ProcessEngineImpl) processEngine).getProcessEngineConfiguration();
    configuration.getCommandExecutorTxRequired().execute(context -> {
      var manager = context.getAuthorizationManager();
      for (HistoricProcessInstance instance : instances) {
        AuthorizationEntity[] grants = provider.forInstance(instance.getId(), instance.getRootProcessInstanceId(),
            instance.getBusinessKey());
        if (grants != null) {
          manager.saveDefaultAuthorizations(grants);
        }
      }
      for (Task listed : tasks) {
        var task = context.getTaskManager().findTaskById(listed.getId());
        List<String> candidates = new ArrayList<>();
        for (IdentityLink link : task.getIdentityLinks()) {
          if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
            candidates.add(link.getGroupId());
          }
        }
        manager.saveDefaultAuthorizations(provider.forTask(task, candidates, task.getAssignee()));
      }
      for (HistoricTaskInstance task : finished) {
        manager.saveDefaultAuthorizations(new AuthorizationEntity[] {
            provider.forFinishedTask(task.getId(), task.getRootProcessInstanceId(), after)});
      }
      return null;
    });
  }

  private static void revoke(AuthorizationService authorizations, Resource resource, String id, String group) {
    authorizations.createAuthorizationQuery().resourceType(resource).resourceId(id).groupIdIn(group).list()
        .forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
  }

  private static void revokeAll(AuthorizationService authorizations, Resource resource, String id) {
    authorizations.createAuthorizationQuery().resourceType(resource).resourceId(id).list().stream()
        .filter(grant -> grant.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT)
        .forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
  }
}
