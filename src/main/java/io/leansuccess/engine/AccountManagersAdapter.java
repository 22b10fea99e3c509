package io.leansuccess.engine;

import io.leansuccess.LeanSuccessProperties;
import io.leansuccess.crmdata.AccountManagers;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Account managers as members of the identity service's account managers' group: only a member of
 * that group receives a CRM record task, so an e-mail address the CRM sends never reaches a CSM, a
 * manager or an admin of that address by accident.
 */
@Component
class AccountManagersAdapter implements AccountManagers {

  private final TeamsAdapter identity;
  private final LeanSuccessProperties settings;

  AccountManagersAdapter(TeamsAdapter identity, LeanSuccessProperties settings) {
    this.identity = identity;
    this.settings = settings;
  }

  @Override
  public Optional<String> withEmail(String email) {
    return identity.memberWithEmail(settings.getSecurity().getAccountManagerGroup(), email);
  }
}
