package io.leansuccess.support;

import io.leansuccess.engine.DemoTeams;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;

/**
 * A team of its own for a test, with two CSMs: its accounts are the only ones its CSMs see, so a
 * test counts and filters them whatever other tests stored in the shared database.
 */
public record TestTeam(String id, String csm, String otherCsm, String password) {

  public static TestTeam create(IdentityService identity, String name) {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    TestTeam team =
        new TestTeam(
            "team-" + name + "-" + suffix,
            name + ".csm-" + suffix,
            name + ".other-" + suffix,
            "pw-" + suffix);
    var group = identity.newGroup(team.id());
    group.setName("Team " + name);
    group.setType(DemoTeams.TYPE);
    identity.saveGroup(group);
    for (String csm : new String[] {team.csm(), team.otherCsm()}) {
      var user = identity.newUser(csm);
      user.setPassword(team.password());
      identity.saveUser(user);
      identity.createMembership(csm, "csm");
      identity.createMembership(csm, team.id());
    }
    return team;
  }

  /** The pages and the API as this team's first CSM. */
  public Http asCsm(int port) {
    return Http.as(port, csm, password);
  }
}
