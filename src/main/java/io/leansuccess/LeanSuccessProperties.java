package io.leansuccess;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the plugin under {@code lean-success.*}. Domain thresholds do not live here but in
 * {@code rules/}; these are the product's operational settings.
 */
@ConfigurationProperties("lean-success")
public class LeanSuccessProperties {

  private final Deployment deployment = new Deployment();
  private final Security security = new Security();
  private final Demo demo = new Demo();
  private final Rules rules = new Rules();

  public Deployment getDeployment() {
    return deployment;
  }

  public Security getSecurity() {
    return security;
  }

  public Demo getDemo() {
    return demo;
  }

  public Rules getRules() {
    return rules;
  }

  /** How the plugin deploys its own processes, forms and rules when the engine starts. */
  public static class Deployment {
    /** Deploy the bundled processes/ and rules/ at start-up (changed resources only). */
    private boolean enabled = true;

    /** Name of that deployment in Cockpit; new versions are compared against it. */
    private String name = "lean-success";

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }
  }

  /**
   * Who may do what: the groups our processes route work to, the group of integrations, and the
   * admin's password rule.
   */
  public static class Security {
    /** Refuse to start when {@code camunda.bpm.admin-user.password} is blank. */
    private boolean adminPasswordRequired = false;

    /** Candidate group of customer success managers. */
    private String csmGroup = "csm";

    /** Candidate group of CS managers, who receive escalations. */
    private String managerGroup = "cs-manager";

    /**
     * Group of earlier releases for every system that calls the API: it still holds every
     * integration scope, so an upgrade cuts no feed off, and the start warns while it has members.
     * Give each system its own user in the groups of its scopes instead.
     */
    private String integrationGroup = "integration";

    /**
     * The group of each integration scope, by scope ({@code crm}, {@code analytics}, {@code
     * billing}, {@code surveys}, {@code ticketing}): a system's user belongs to the groups of the
     * scopes it needs; docs/api.md lists what each scope may call.
     */
    private Map<String, String> integrationScopeGroups =
        new LinkedHashMap<>(
            Map.of(
                "crm",
                "integration-crm",
                "analytics",
                "integration-analytics",
                "billing",
                "integration-billing",
                "surveys",
                "integration-surveys",
                "ticketing",
                "integration-ticketing"));

    /**
     * Group of those who try rule changes before they go live (what-if simulations, the rule
     * history): no deployment, no Tasklist, no account data beyond what a simulation shows.
     */
    private String ruleAuthorGroup = "rule-author";

    /**
     * Group of the account managers (sales): a contract's {@code vendorContacts.accountManager} is
     * the member with that e-mail address, and gets the task to complete the CRM record, nothing
     * else (docs/teams.md).
     */
    private String accountManagerGroup = "account-manager";

    public boolean isAdminPasswordRequired() {
      return adminPasswordRequired;
    }

    public void setAdminPasswordRequired(boolean adminPasswordRequired) {
      this.adminPasswordRequired = adminPasswordRequired;
    }

    public String getCsmGroup() {
      return csmGroup;
    }

    public void setCsmGroup(String csmGroup) {
      this.csmGroup = csmGroup;
    }

    public String getManagerGroup() {
      return managerGroup;
    }

    public void setManagerGroup(String managerGroup) {
      this.managerGroup = managerGroup;
    }

    public String getIntegrationGroup() {
      return integrationGroup;
    }

    public void setIntegrationGroup(String integrationGroup) {
      this.integrationGroup = integrationGroup;
    }

    public Map<String, String> getIntegrationScopeGroups() {
      return integrationScopeGroups;
    }

    public void setIntegrationScopeGroups(Map<String, String> integrationScopeGroups) {
      this.integrationScopeGroups = integrationScopeGroups;
    }

    public String getRuleAuthorGroup() {
      return ruleAuthorGroup;
    }

    public void setRuleAuthorGroup(String ruleAuthorGroup) {
      this.ruleAuthorGroup = ruleAuthorGroup;
    }

    public String getAccountManagerGroup() {
      return accountManagerGroup;
    }

    public void setAccountManagerGroup(String accountManagerGroup) {
      this.accountManagerGroup = accountManagerGroup;
    }
  }

  /** The demo run: users with known passwords. Never on outside the demo profile. */
  public static class Demo {
    private boolean enabled = false;
    private String password = "demo";

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public String getPassword() {
      return password;
    }

    public void setPassword(String password) {
      this.password = password;
    }
  }

  /** How compiled rules are evaluated. */
  public static class Rules {
    /**
     * Sessions each decision's compiled rules build up front and reuse, reset between evaluations
     * (docs/benchmarks.md, decisions): about the number of threads that decide at once, the job
     * executor's. More threads at once add sessions to the pool; 0 builds a new session for every
     * evaluation.
     */
    private int pooledSessions = 8;

    /**
     * How long a node keeps which rule versions are deployed before it reads them again: a
     * deployment or deletion on another node (or by any other means) takes effect here within it;
     * on the node that made it, at once. 0 reads them at every decision (two statements each).
     */
    private Duration refreshInterval = Duration.ofSeconds(5);

    public Duration getRefreshInterval() {
      return refreshInterval;
    }

    public void setRefreshInterval(Duration refreshInterval) {
      this.refreshInterval = refreshInterval;
    }

    public int getPooledSessions() {
      return pooledSessions;
    }

    public void setPooledSessions(int pooledSessions) {
      this.pooledSessions = pooledSessions;
    }
  }
}
