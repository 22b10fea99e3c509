package io.leansuccess.engine;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_TASK;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;

import io.leansuccess.account.Ownership;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * The account's team, not a role, gets each process instance and task: Camunda's own hook for the
 * authorizations of new tasks, and for instances {@link TeamAccessPlugin}'s start listener (Camunda
 * asks for an instance's grants before its business key is set), so Tasklist and Cockpit filter by
 * themselves. Every process's business key is its account's id. A task offered to the CSMs goes to
 * the account's team; one offered to the managers to each manager of that team (a member of the
 * team and of the managers' group). An account no team has yet: its work goes to the managers, who
 * assign it. Processes of no account (the health runs, retention) get no grant: admins only.
 */
class TeamAuthorizationProvider extends DefaultAuthorizationProvider {

  private final Function<String, Optional<Ownership>> ownershipOf;
  private final Function<String, List<String>> managersOf;
  private final String csmGroup;
  private final String managerGroup;

  TeamAuthorizationProvider(
      Function<String, Optional<Ownership>> ownershipOf,
      Function<String, List<String>> managersOf,
      String csmGroup,
      String managerGroup) {
    this.ownershipOf = ownershipOf;
    this.managersOf = managersOf;
    this.csmGroup = csmGroup;
    this.managerGroup = managerGroup;
  }

  @Override
  public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
    if (!IdentityLinkType.CANDIDATE.equals(type)
        || !(groupId.equals(csmGroup) || groupId.equals(managerGroup))) {
      return super.newTaskGroupIdentityLink(task, groupId, type);
    }
    Optional<Ownership> ownership = ownershipOf.apply(accountOf(task));
    if (ownership.isEmpty()) {
      return super.newTaskGroupIdentityLink(task, groupId, type);
    }
    return forCandidate(task, groupId, ownership.get());
  }

  /**
   * Who reads the instance: the account's team, or the managers while it has none; null for no
   * account.
   */
  AuthorizationEntity[] forInstance(String instanceId, String rootInstanceId, String accountId) {
    Optional<Ownership> ownership = ownershipOf.apply(accountId);
    if (ownership.isEmpty()) {
      return null;
    }
    String readers = readers(ownership.get());
    List<AuthorizationEntity> grants = new ArrayList<>();
    grants.add(createGrantAuthorization(null, readers, PROCESS_INSTANCE, instanceId, READ));
    if (isHistoricInstancePermissionsEnabled()) {
      AuthorizationEntity history =
          createGrantAuthorization(
              null,
              readers,
              HISTORIC_PROCESS_INSTANCE,
              instanceId,
              HistoricProcessInstancePermissions.READ);
      history.setRootProcessInstanceId(rootInstanceId);
      grants.add(history);
    }
    return grants.toArray(AuthorizationEntity[]::new);
  }

  /**
   * A running task's grants for its candidate groups and its assignee, as if it were created now.
   */
  AuthorizationEntity[] forTask(Task task, Collection<String> candidateGroups, String assignee) {
    Optional<Ownership> ownership = ownershipOf.apply(accountOf(task));
    List<AuthorizationEntity> grants = new ArrayList<>();
    for (String group : candidateGroups) {
      AuthorizationEntity[] granted =
          ownership.isPresent() && (group.equals(csmGroup) || group.equals(managerGroup))
              ? forCandidate(task, group, ownership.get())
              : super.newTaskGroupIdentityLink(task, group, IdentityLinkType.CANDIDATE);
      grants.addAll(List.of(granted));
    }
    if (assignee != null) {
      grants.addAll(List.of(createOrUpdateAuthorizationsByUserId(task, assignee)));
    }
    return grants.toArray(AuthorizationEntity[]::new);
  }

  /** A finished task's history for the account's readers now. */
  AuthorizationEntity forFinishedTask(String taskId, String rootInstanceId, Ownership ownership) {
    AuthorizationEntity history =
        createGrantAuthorization(
            null, readers(ownership), HISTORIC_TASK, taskId, HistoricTaskPermissions.READ);
    history.setRootProcessInstanceId(rootInstanceId);
    return history;
  }

  private AuthorizationEntity[] forCandidate(Task task, String groupId, Ownership ownership) {
    if (!ownership.assigned()) {
      return createOrUpdateAuthorizationsByGroupId(task, managerGroup);
    }
    if (groupId.equals(csmGroup)) {
      return createOrUpdateAuthorizationsByGroupId(task, ownership.team());
    }
    List<AuthorizationEntity> grants = new ArrayList<>();
    for (String manager : managersOf.apply(ownership.team())) {
      grants.addAll(List.of(createOrUpdateAuthorizationsByUserId(task, manager)));
    }
    return grants.toArray(AuthorizationEntity[]::new);
  }

  String readers(Ownership ownership) {
    return ownership.assigned() ? ownership.team() : managerGroup;
  }

  private static String accountOf(Task task) {
    return task instanceof DelegateTask delegate && delegate.getExecution() != null
        ? delegate.getExecution().getProcessBusinessKey()
        : null;
  }
}
