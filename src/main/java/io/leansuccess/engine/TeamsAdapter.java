package io.leansuccess.engine;

import io.leansuccess.account.TeamProperties;
import io.leansuccess.account.Teams;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Teams as groups of Camunda's identity service, so that an LDAP or Keycloak identity provider
 * plugin brings them. Read without the caller's authorizations: the CRM may name a team without the
 * right to list groups.
 */
@Component
public class TeamsAdapter implements Teams {

  private final ObjectProvider<ProcessEngine> engine;
  private final TeamProperties settings;

  public TeamsAdapter(ObjectProvider<ProcessEngine> engine, TeamProperties settings) {
    this.engine = engine;
    this.settings = settings;
  }

  @Override
  public boolean exists(String team) {
    return read(
        identity ->
            identity.createGroupQuery().groupId(team).unlimitedList().stream()
                .anyMatch(this::isTeam));
  }

  @Override
  public String name(String team) {
    return read(
        identity ->
            identity.createGroupQuery().groupId(team).unlimitedList().stream()
                .map(Group::getName)
                .filter(name -> name != null && !name.isBlank())
                .findFirst()
                .orElse(team));
  }

  @Override
  public boolean isMember(String userId, String team) {
    return read(
        identity -> identity.createUserQuery().userId(userId).memberOfGroup(team).count() > 0);
  }

  @Override
  public Optional<String> memberWithEmail(String team, String email) {
    List<User> found =
        read(
            identity ->
                identity.createUserQuery().memberOfGroup(team).userEmail(email).unlimitedList());
    return found.size() == 1 ? Optional.of(found.get(0).getId()) : Optional.empty();
  }

  /** These groups as the identity service knows them. */
  List<Group> groups(Collection<String> groupIds) {
    if (groupIds.isEmpty()) {
      return List.of();
    }
    return read(
        identity ->
            identity.createGroupQuery().groupIdIn(groupIds.toArray(String[]::new)).unlimitedList());
  }

  /** Which of these groups are teams. */
  Set<String> teamsAmong(List<Group> groups) {
    return groups.stream().filter(this::isTeam).map(Group::getId).collect(Collectors.toSet());
  }

  /** The members of the team who are also in this group, e.g. its managers. */
  public List<String> membersAlsoIn(String team, String group) {
    return read(identity -> identity.createUserQuery().memberOfGroup(team).unlimitedList()).stream()
        .map(User::getId)
        .filter(
            user ->
                read(
                    identity ->
                        identity.createUserQuery().userId(user).memberOfGroup(group).count() > 0))
        .toList();
  }

  private boolean isTeam(Group group) {
    return settings.isTeam(group.getId(), group.getType());
  }

  private <T> T read(Function<ReadOnlyIdentityProvider, T> query) {
    var configuration = ((ProcessEngineImpl) engine.getObject()).getProcessEngineConfiguration();
    return configuration
        .getCommandExecutorTxRequired()
        .execute(
            context -> {
              boolean checking = context.isAuthorizationCheckEnabled();
              context.disableAuthorizationCheck();
              try {
                return query.apply(context.getReadOnlyIdentityProvider());
              } finally {
                context.setAuthorizationCheckEnabled(checking);
              }
            });
  }
}
