package io.leansuccess.engine;

import io.leansuccess.LeanSuccessProperties;
import io.leansuccess.shared.BookOfBusiness;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The book of business of whoever the engine's identity service says is asking: the API and the
 * pages set the signed-in user and their groups on it for each request. Nobody set, or the engine's
 * own commands (delegates, listeners, jobs, like Camunda's custom code): every account. Admins,
 * rule authors (for their simulations) and systems (groups of type system, such as the
 * integrations') see every account too.
 */
@Component
public class BookOfBusinessAdapter implements BookOfBusiness {

  private final ObjectProvider<ProcessEngine> engine;
  private final TeamsAdapter teams;
  private final LeanSuccessProperties properties;

  public BookOfBusinessAdapter(
      ObjectProvider<ProcessEngine> engine, TeamsAdapter teams, LeanSuccessProperties properties) {
    this.engine = engine;
    this.teams = teams;
    this.properties = properties;
  }

  @Override
  public View current() {
    if (Context.getCommandContext() != null) {
      return View.EVERYTHING;
    }
    Authentication authentication =
        engine.getObject().getIdentityService().getCurrentAuthentication();
    if (authentication == null) {
      return View.EVERYTHING;
    }
    List<String> groups =
        authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
    var security = properties.getSecurity();
    // rule authors try rules on every account; their roles give them simulations and rule history
    // only
    if (groups.contains(Groups.CAMUNDA_ADMIN)
        || groups.contains(security.getIntegrationGroup())
        || groups.contains(security.getRuleAuthorGroup())) {
      return View.EVERYTHING;
    }
    var known = teams.groups(groups);
    if (known.stream().anyMatch(group -> Groups.GROUP_TYPE_SYSTEM.equals(group.getType()))) {
      return View.EVERYTHING;
    }
    return new View(false, teams.teamsAmong(known), groups.contains(security.getManagerGroup()));
  }
}
