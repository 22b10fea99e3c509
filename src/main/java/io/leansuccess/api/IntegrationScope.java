package io.leansuccess.api;

/**
 * What one integration may do in the API: each system's user holds only the scopes it needs (a
 * billing tool cannot rewrite the CRM's accounts). A scope is a group in Camunda's identity service
 * (lean-success.security.integration-scope-groups), so an identity provider plugin can bring it;
 * its role is what {@code @RolesAllowed} names. docs/api.md lists each scope's endpoints.
 */
public enum IntegrationScope {

  /**
   * Accounts, contracts, champions, the use-case pipeline; ARR, renewals and communications
   * signals.
   */
  CRM("crm", ApiRoles.INTEGRATION_CRM),
  /** Usage signals and KPI measurements from product analytics. */
  ANALYTICS("analytics", ApiRoles.INTEGRATION_ANALYTICS),
  /** Invoice signals. */
  BILLING("billing", ApiRoles.INTEGRATION_BILLING),
  /** NPS signals and KPI measurements from surveys. */
  SURVEYS("surveys", ApiRoles.INTEGRATION_SURVEYS),
  /** Support-ticket signals. */
  TICKETING("ticketing", ApiRoles.INTEGRATION_TICKETING);

  private final String key;
  private final String role;

  IntegrationScope(String key, String role) {
    this.key = key;
    this.role = role;
  }

  /** Its key under lean-success.security.integration-scope-groups. */
  public String key() {
    return key;
  }

  public String role() {
    return role;
  }
}
