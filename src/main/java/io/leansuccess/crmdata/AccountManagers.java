package io.leansuccess.crmdata;

import java.util.Optional;

/**
 * Account managers as users of the identity service: members of the account managers' group ({@code
 * lean-success.security.account-manager-group}), found by the e-mail address the CRM names in the
 * contract's vendor contacts.
 */
public interface AccountManagers {

  /** The one member of the account managers' group with this address; empty for none or several. */
  Optional<String> withEmail(String email);
}
