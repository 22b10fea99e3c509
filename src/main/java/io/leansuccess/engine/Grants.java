package io.leansuccess.engine;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Arrays;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.impl.util.ResourceTypeUtil;

/** The steps a {@link GrantsVersion} takes, each safe to repeat: a group, a grant, a revocation. */
final class Grants {

  private final IdentityService identity;
  private final AuthorizationService authorizations;

  Grants(IdentityService identity, AuthorizationService authorizations) {
    this.identity = identity;
    this.authorizations = authorizations;
  }

  void group(String id, String type) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      var group = identity.newGroup(id);
      group.setName(id);
      group.setType(type);
      identity.saveGroup(group);
    }
  }

  void grant(String group, Resource resource, String resourceId, Permission... permissions) {
    Authorization existing = find(group, resource, resourceId);
    Authorization authorization =
        existing != null ? existing : authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
    authorization.setGroupId(group);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizations.saveAuthorization(authorization);
  }

  /** Takes these permissions from the group's grant; a grant left with none goes. */
  void revoke(String group, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = find(group, resource, resourceId);
    if (authorization == null) {
      return;
    }
    for (Permission permission : permissions) {
      authorization.removePermission(permission);
    }
    if (grantsNothing(authorization, resource)) {
      authorizations.deleteAuthorization(authorization.getId());
    } else {
      authorizations.saveAuthorization(authorization);
    }
  }

  private static boolean grantsNothing(Authorization authorization, Resource resource) {
    return Arrays.stream(ResourceTypeUtil.getPermissionsByResourceType(resource.resourceType()))
        .filter(
            permission ->
                permission.getValue() != Permissions.NONE.getValue()
                    && permission.getValue() != Permissions.ALL.getValue())
        .noneMatch(authorization::isPermissionGranted);
  }

  private Authorization find(String group, Resource resource, String resourceId) {
    return authorizations
        .createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT)
        .groupIdIn(group)
        .resourceType(resource)
        .resourceId(resourceId)
        .singleResult();
  }
}
