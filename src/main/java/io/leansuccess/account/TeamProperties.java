package io.leansuccess.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/** How accounts find their team, under {@code lean-success.teams}. */
@Component
@ConfigurationProperties("lean-success.teams")
public class TeamProperties {

  /**
   * The team of a new account the CRM sends without one; blank: it stays unassigned, seen by admins
   * and managers until a manager assigns it.
   */
  private String defaultTeam = "";

  /** The type of the identity service's groups that are teams. */
  private String groupType = "team";

  /**
   * For an identity provider that reports no group type: the teams are the groups whose id starts
   * with this; blank: teams are known by {@link #groupType}.
   */
  private String groupIdPrefix = "";

  public String getDefaultTeam() {
    return defaultTeam;
  }

  public void setDefaultTeam(String defaultTeam) {
    this.defaultTeam = defaultTeam;
  }

  public String getGroupType() {
    return groupType;
  }

  public void setGroupType(String groupType) {
    this.groupType = groupType;
  }

  public String getGroupIdPrefix() {
    return groupIdPrefix;
  }

  public void setGroupIdPrefix(String groupIdPrefix) {
    this.groupIdPrefix = groupIdPrefix;
  }

  /** Whether a group of the identity service with this id and type is a team. */
  public boolean isTeam(String groupId, String type) {
    return groupIdPrefix == null || groupIdPrefix.isBlank()
        ? groupType.equals(type)
        : groupId.startsWith(groupIdPrefix);
  }

  Ownership forNewAccount() {
    return defaultTeam == null || defaultTeam.isBlank()
        ? Ownership.UNASSIGNED
        : new Ownership(defaultTeam, null);
  }
}
