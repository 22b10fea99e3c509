package io.leansuccess.rules.drools;

import io.leansuccess.decision.EvaluatesDecision;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.ProcessDefinitionQueryImpl;
import org.camunda.bpm.engine.impl.ProcessInstanceQueryImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.stereotype.Component;

/**
 * Refuses to delete the deployment that holds the last version of a decision while a running
 * process still evaluates it: the process would fail at its next rule task. Deleting a version that
 * an older one can stand in for is fine, as the decision falls back to that version.
 */
@Component
public class DecisionRemovalGuard {

  private static final Pattern BEAN = Pattern.compile("^\\$\\{\\s*([A-Za-z_$][\\w$]*)\\s*}$");

  private final RuleSetTable table;
  private final BeanFactory beans;

  /**
   * Part of the engine's configuration, so it reads the repository through the command context, not
   * a service.
   */
  DecisionRemovalGuard(RuleSetTable table, BeanFactory beans) {
    this.table = table;
    this.beans = beans;
  }

  /**
   * @throws BadUserRequestException (400 through {@code /engine-rest}) naming the decision and the
   *     processes
   */
  void checkDeletion(String deploymentId) {
    CommandContext context = Context.getCommandContext();
    Set<String> vanishing = decisionsOnlyIn(context, deploymentId);
    if (vanishing.isEmpty()) {
      return;
    }
    // whoever may delete the deployment must hear of every process it would break, seen or not
    boolean authorizationChecked = context.isAuthorizationCheckEnabled();
    context.disableAuthorizationCheck();
    try {
      List<String> users = runningUsers(context, deploymentId, vanishing);
      if (!users.isEmpty()) {
        throw new BadUserRequestException(
            "Deployment "
                + deploymentId
                + " holds the only version of decision "
                + String.join(", ", vanishing)
                + ", which running processes still evaluate: "
                + String.join("; ", users)
                + ". Deploy another version of the decision first, or let those processes end.");
      }
    } finally {
      context.setAuthorizationCheckEnabled(authorizationChecked);
    }
  }

  /**
   * Each process definition outside the deployment with running instances that evaluate one of
   * {@code decisions}.
   */
  private List<String> runningUsers(
      CommandContext context, String deploymentId, Set<String> decisions) {
    List<String> users = new ArrayList<>();
    for (ProcessDefinition found :
        context
            .getProcessDefinitionManager()
            .findProcessDefinitionsByQueryCriteria(new ProcessDefinitionQueryImpl(), null)) {
      var definition = (ProcessDefinitionEntity) found;
      if (deploymentId.equals(definition.getDeploymentId())) {
        continue;
      }
      Set<String> used = decisionsUsedBy(context, definition);
      used.retainAll(decisions);
      long running =
          used.isEmpty()
              ? 0
              : context
                  .getExecutionManager()
                  .findProcessInstanceCountByQueryCriteria(
                      (ProcessInstanceQueryImpl)
                          new ProcessInstanceQueryImpl().processDefinitionId(definition.getId()));
      if (running > 0) {
        users.add(
            definition.getKey()
                + " (version "
                + definition.getVersion()
                + ", "
                + running
                + " running, evaluates "
                + String.join(", ", used)
                + ")");
      }
    }
    return users;
  }

  /** The decisions of this deployment that no other existing deployment holds. */
  private Set<String> decisionsOnlyIn(CommandContext context, String deploymentId) {
    Set<String> vanishing = new LinkedHashSet<>();
    for (String decision : table.drlOf(deploymentId).keySet()) {
      List<String> others =
          table.newestFirst(decision).stream()
              .map(RuleSetTable.Row::deploymentId)
              .filter(id -> !id.equals(deploymentId))
              .toList();
      if (others.isEmpty()
          || context
              .getDeploymentManager()
              .findDeploymentsByIds(others.toArray(String[]::new))
              .isEmpty()) {
        vanishing.add(decision);
      }
    }
    return vanishing;
  }

  /** Decisions the process's tasks evaluate through delegates named {@code ${bean}}. */
  private Set<String> decisionsUsedBy(CommandContext context, ProcessDefinitionEntity definition) {
    BpmnModelInstance model =
        context
            .getProcessEngineConfiguration()
            .getDeploymentCache()
            .findBpmnModelInstanceForProcessDefinition(definition);
    Set<String> used = new LinkedHashSet<>();
    List<String> expressions = new ArrayList<>();
    model
        .getModelElementsByType(ServiceTask.class)
        .forEach(task -> expressions.add(task.getCamundaDelegateExpression()));
    model
        .getModelElementsByType(SendTask.class)
        .forEach(task -> expressions.add(task.getCamundaDelegateExpression()));
    model
        .getModelElementsByType(BusinessRuleTask.class)
        .forEach(task -> expressions.add(task.getCamundaDelegateExpression()));
    for (String expression : expressions) {
      Matcher bean = expression == null ? null : BEAN.matcher(expression);
      if (bean != null
          && bean.matches()
          && beans.containsBean(bean.group(1))
          && beans.getBean(bean.group(1)) instanceof EvaluatesDecision delegate) {
        used.add(delegate.decisionName());
      }
    }
    return used;
  }
}
