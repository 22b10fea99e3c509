package io.leansuccess.account;

import java.util.Optional;

/**
 * The teams of the identity service (Camunda's, or the LDAP or Keycloak it reads): groups of type
 * team.
 */
public interface Teams {

  boolean exists(String team);

  boolean isMember(String userId, String team);

  /** The team's name as the directory has it; its id when it has none. */
  default String name(String team) {
    return team;
  }

  /** The member of the team with this e-mail address, as the CRM names a CSM. */
  Optional<String> memberWithEmail(String team, String email);
}
