package io.leansuccess.engine;

import io.leansuccess.rules.drools.DecisionRemovalGuard;
import io.leansuccess.rules.drools.GuardedDeploymentManager;
import io.leansuccess.rules.drools.ProcessRulesAsOf;
import io.leansuccess.rules.drools.RulesDeployer;
import io.leansuccess.rules.drools.RulesInForce;
import io.leansuccess.timing.BusinessDays;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.AuthorizationCommandChecker;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantCommandChecker;
import org.camunda.bpm.engine.spring.SpringTransactionsProcessEngineConfiguration;
import org.springframework.stereotype.Component;

/** The Camunda side of the plugin: what it adds to the engine, in the order it happens. */
@Component
public class LeanSuccessEnginePlugin extends AbstractProcessEnginePlugin {

  private final ProductDeployment productDeployment;
  private final AccessSetup accessSetup;
  private final RulesDeployer rulesDeployer;
  private final TasklistFilters tasklistFilters;
  private final BusinessDays businessDays;
  private final FormsTravelWithDiagrams formsTravelWithDiagrams;
  private final TaskFormValidation taskFormValidation;
  private final DecisionRemovalGuard decisionRemovalGuard;
  private final ProcessRulesAsOf processRulesAsOf;
  private final RulesInForce rulesInForce;

  public LeanSuccessEnginePlugin(
      ProductDeployment productDeployment,
      AccessSetup accessSetup,
      RulesDeployer rulesDeployer,
      TasklistFilters tasklistFilters,
      BusinessDays businessDays,
      FormsTravelWithDiagrams formsTravelWithDiagrams,
      TaskFormValidation taskFormValidation,
      DecisionRemovalGuard decisionRemovalGuard,
      ProcessRulesAsOf processRulesAsOf,
      RulesInForce rulesInForce) {
    this.productDeployment = productDeployment;
    this.accessSetup = accessSetup;
    this.rulesDeployer = rulesDeployer;
    this.tasklistFilters = tasklistFilters;
    this.businessDays = businessDays;
    this.formsTravelWithDiagrams = formsTravelWithDiagrams;
    this.taskFormValidation = taskFormValidation;
    this.decisionRemovalGuard = decisionRemovalGuard;
    this.processRulesAsOf = processRulesAsOf;
    this.rulesInForce = rulesInForce;
  }

  /**
   * Ids such as {@code cs-manager} and {@code demo.csm}; Camunda's default allows letters and
   * digits only.
   */
  static final String IDENTITY_ID_PATTERN = "[a-zA-Z0-9._-]+";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    accessSetup.checkAdminPassword(configuration);
    allowReadableIdentityIds(configuration);
    separateVariableRightsFromTaskWork(configuration);
    deployRulesLikeProcesses(configuration);
    refuseDiagramsWithoutTheirForms(configuration);
    holdTaskFormsOnTheServer(configuration);
    keepDecisionsThatRunningProcessesUse(configuration);
    keepEachProcessOnItsRules(configuration);
    countBusinessDays(configuration);
    answerInPagesAndRefuseForeignTypes(configuration);
  }

  /**
   * Every user task's form rules hold however it is completed; a refusal reaches the caller as a
   * 400.
   */
  private void holdTaskFormsOnTheServer(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomPreBPMNParseListeners(
        plus(configuration.getCustomPreBPMNParseListeners(), taskFormValidation));
    configuration.setCustomPreCommandInterceptorsTxRequired(
        plus(configuration.getCustomPreCommandInterceptorsTxRequired(), new TaskFormRefusals()));
  }

  /**
   * The accounts' data leaves the engine in pages: no query answers more than {@value
   * #QUERY_MAX_RESULTS} rows unless the host set its own limit (Tasklist reads filters in pages of
   * 2000, the least it may be; our own code asks {@code unlimitedList()}). A variable is never
   * Java-serialized, and a JSON one only of a type the host allows.
   */
  private static void answerInPagesAndRefuseForeignTypes(
      ProcessEngineConfigurationImpl configuration) {
    if (configuration.getQueryMaxResultsLimit() == Integer.MAX_VALUE) {
      configuration.setQueryMaxResultsLimit(QUERY_MAX_RESULTS);
    }
    configuration.setJavaSerializationFormatEnabled(false);
    configuration.setDeserializationTypeValidationEnabled(true);
  }

  static final int QUERY_MAX_RESULTS = 2000;

  /** A host's own deployers, listeners and interceptors stay; ours come after them. */
  private static <T> List<T> plus(List<T> theirs, T ours) {
    List<T> all = theirs == null ? new ArrayList<>() : new ArrayList<>(theirs);
    all.add(ours);
    return all;
  }

  /** Before Camunda's own deployers: nothing of a deployment that lacks its forms is stored. */
  private void refuseDiagramsWithoutTheirForms(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomPreDeployers(
        plus(configuration.getCustomPreDeployers(), formsTravelWithDiagrams));
  }

  /** Deleting the last version of a decision that running processes evaluate is refused. */
  private void keepDecisionsThatRunningProcessesUse(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomSessionFactories(
        plus(
            configuration.getCustomSessionFactories(),
            GuardedDeploymentManager.factory(decisionRemovalGuard, rulesInForce)));
  }

  /**
   * A running process decides by the rules in force when it started, until an admin migrates it.
   */
  private void keepEachProcessOnItsRules(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomPreBPMNParseListeners(
        plus(configuration.getCustomPreBPMNParseListeners(), processRulesAsOf));
  }

  /** Due dates and timers understand {@code 2BD} (business days) besides ISO-8601. */
  private void countBusinessDays(ProcessEngineConfigurationImpl configuration) {
    configuration.setBusinessCalendarManager(
        BusinessDayCalendars.around(configuration.getBusinessCalendarManager(), businessDays));
  }

  /** After Camunda's own deployers, so a deployment's BPMN is checked before its DRL. */
  private void deployRulesLikeProcesses(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomPostDeployers(
        plus(configuration.getCustomPostDeployers(), rulesDeployer));
  }

  /**
   * Working a task (claim, complete, submit its form) no longer carries setting or deleting its
   * process's variables one by one through {@code /engine-rest/task/{id}/variables}: that takes the
   * variable permissions, which no product group holds. A host's own checkers stay.
   */
  private static void separateVariableRightsFromTaskWork(
      ProcessEngineConfigurationImpl configuration) {
    List<CommandChecker> checkers =
        configuration.getCommandCheckers() != null
            ? new ArrayList<>(configuration.getCommandCheckers())
            : new ArrayList<>(
                List.of(new TenantCommandChecker(), new AuthorizationCommandChecker()));
    checkers.replaceAll(
        checker ->
            checker.getClass() == AuthorizationCommandChecker.class
                ? new TaskVariablesNeedVariableRights()
                : checker);
    configuration.setCommandCheckers(checkers);
  }

  private static void allowReadableIdentityIds(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getUserResourceWhitelistPattern() == null) {
      configuration.setUserResourceWhitelistPattern(IDENTITY_ID_PATTERN);
    }
    if (configuration.getGroupResourceWhitelistPattern() == null) {
      configuration.setGroupResourceWhitelistPattern(IDENTITY_ID_PATTERN);
    }
  }

  /**
   * After every plugin's preInit, where Camunda's Spring Boot starter picks a host's
   * auto-deployment.
   */
  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    refuseToRunWithoutAuthorizations(configuration);
    if (configuration instanceof SpringTransactionsProcessEngineConfiguration spring
        && spring.getDeploymentResources() != null) {
      spring.setDeploymentResources(productDeployment.withoutOurs(spring.getDeploymentResources()));
    }
  }

  /**
   * The product's grants are Camunda authorizations: on an engine that does not check them, every
   * user could see and complete every account's tasks. Checked after every plugin's preInit, where
   * the Spring Boot starter applies {@code camunda.bpm.authorization.enabled}.
   */
  static void refuseToRunWithoutAuthorizations(ProcessEngineConfigurationImpl configuration) {
    if (!configuration.isAuthorizationEnabled()) {
      throw new IllegalStateException(AUTHORIZATIONS_OFF);
    }
  }

  static final String AUTHORIZATIONS_OFF =
      "Camunda authorizations are off: Lean Success's groups and grants "
          + "(who may see and work which tasks, deploy rules, read decisions) hold only when the engine checks "
          + "them. Set camunda.bpm.authorization.enabled=true.";

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    accessSetup.createGroupsAndAuthorizations(engine);
    tasklistFilters.create(engine);
    productDeployment.deploy(engine);
  }
}
