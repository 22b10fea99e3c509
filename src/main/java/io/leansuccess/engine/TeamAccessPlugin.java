package io.leansuccess.engine;

import io.leansuccess.LeanSuccessProperties;
import io.leansuccess.account.AccountRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Teams own accounts in the engine too: each new process instance (when it starts) and task is
 * granted to its account's team ({@link TeamAuthorizationProvider}), history included (Camunda's
 * historic instance permissions), so Tasklist, Cockpit and {@code /engine-rest} show a CSM their
 * teams' work only.
 */
@Component
public class TeamAccessPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<AccountRepository> accounts;
  private final ObjectProvider<TeamsAdapter> teams;
  private final LeanSuccessProperties properties;
  private TeamAuthorizationProvider provider;

  public TeamAccessPlugin(
      ObjectProvider<AccountRepository> accounts,
      ObjectProvider<TeamsAdapter> teams,
      LeanSuccessProperties properties) {
    this.accounts = accounts;
    this.teams = teams;
    this.properties = properties;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    var security = properties.getSecurity();
    provider =
        new TeamAuthorizationProvider(
            accountId ->
                accountId == null
                    ? Optional.empty()
                    : accounts.getObject().findOwnership(accountId),
            team -> teams.getObject().membersAlsoIn(team, security.getManagerGroup()),
            security.getCsmGroup(),
            security.getManagerGroup());
    configuration.setResourceAuthorizationProvider(provider);
    configuration.setEnableHistoricInstancePermissions(true);
    configuration.setCustomPostBPMNParseListeners(
        plus(configuration.getCustomPostBPMNParseListeners(), new GrantOnStart()));
  }

  private static List<BpmnParseListener> plus(
      List<BpmnParseListener> theirs, BpmnParseListener ours) {
    List<BpmnParseListener> all = theirs == null ? new ArrayList<>() : new ArrayList<>(theirs);
    all.add(ours);
    return all;
  }

  /**
   * Every process grants its instance to the account's team when it starts, its business key set by
   * then.
   */
  private final class GrantOnStart extends AbstractBpmnParseListener implements ExecutionListener {

    @Override
    public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
      processDefinition.addListener(ExecutionListener.EVENTNAME_START, this);
    }

    @Override
    public void notify(DelegateExecution execution) {
      var context = Context.getCommandContext();
      if (!context.getProcessEngineConfiguration().isAuthorizationEnabled()) {
        return;
      }
      var instance = (ExecutionEntity) execution.getProcessInstance();
      AuthorizationEntity[] grants =
          provider.forInstance(
              instance.getId(), instance.getRootProcessInstanceId(), instance.getBusinessKey());
      if (grants != null) {
        context.getAuthorizationManager().saveDefaultAuthorizations(grants);
      }
    }
  }

  TeamAuthorizationProvider provider() {
    return provider;
  }
}
