package io.leansuccess.api;

import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * Camunda's database identity provider, unchanged, except that it tells {@link VerifiedCredentials}
 * whenever a verified credential may have become wrong: a user saved (a new password), deleted or
 * locked (a wrong password, however it was sent: our API, Camunda's REST API, the webapps' login),
 * a membership added or removed, a group deleted.
 */
class CredentialsForgettingIdentityProvider extends DbIdentityServiceProvider {

  private final VerifiedCredentials credentials;

  CredentialsForgettingIdentityProvider(VerifiedCredentials credentials) {
    this.credentials = credentials;
  }

  @Override
  public IdentityOperationResult saveUser(User user) {
    credentials.forget(user.getId());
    IdentityOperationResult result = super.saveUser(user);
    credentials.forget(user.getId());
    return result;
  }

  @Override
  public IdentityOperationResult deleteUser(String userId) {
    credentials.forget(userId);
    return super.deleteUser(userId);
  }

  @Override
  protected void lockUser(UserEntity user) {
    credentials.forget(user.getId());
    super.lockUser(user);
  }

  @Override
  public IdentityOperationResult createMembership(String userId, String groupId) {
    credentials.forget(userId);
    return super.createMembership(userId, groupId);
  }

  @Override
  public IdentityOperationResult deleteMembership(String userId, String groupId) {
    credentials.forget(userId);
    return super.deleteMembership(userId, groupId);
  }

  @Override
  public IdentityOperationResult saveGroup(Group group) {
    credentials.forgetAll();
    return super.saveGroup(group);
  }

  @Override
  public IdentityOperationResult deleteGroup(String groupId) {
    credentials.forgetAll();
    return super.deleteGroup(groupId);
  }

  /** Opens one provider per command, as Camunda's own factory does. */
  static final class Factory implements SessionFactory {

    private final VerifiedCredentials credentials;

    Factory(VerifiedCredentials credentials) {
      this.credentials = credentials;
    }

    @Override
    public Class<?> getSessionType() {
      return CredentialsForgettingIdentityProvider.class;
    }

    @Override
    public Session openSession() {
      return new CredentialsForgettingIdentityProvider(credentials);
    }
  }
}
