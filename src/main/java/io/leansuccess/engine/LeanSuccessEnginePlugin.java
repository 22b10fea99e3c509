package io.leansuccess.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.springframework.stereotype.Component;

/** The Camunda side of the plugin: what it adds to the engine, in the order it happens. */
@Component
public class LeanSuccessEnginePlugin extends AbstractProcessEnginePlugin {

  private final ProductDeployment productDeployment;
  private final AccessSetup accessSetup;
  private final RulesDeployer rulesDeployer;
  private final TasklistFilters tasklistFilters;
  private final BusinessDays businessDays;
  private final DecisionRemovalGuard decisionRemovalGuard;

  public LeanSuccessEnginePlugin(ProductDeployment productDeployment, AccessSetup accessSetup,
      RulesDeployer rulesDeployer, TasklistFilters tasklistFilters, BusinessDays businessDays,
      DecisionRemovalGuard decisionRemovalGuard) {
    this.productDeployment = productDeployment;
    this.accessSetup = accessSetup;
    this.rulesDeployer = rulesDeployer;
    this.tasklistFilters = tasklistFilters;
    this.businessDays = businessDays;
    this.decisionRemovalGuard = decisionRemovalGuard;
  }

  /** Ids such as {@code cs-manager} and {@code demo.csm}; Camunda's default allows letters and digits only. */
  static final String IDENTITY_ID_PATTERN = "[a-zA-Z0-9._-]+";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    accessSetup.checkAdminPassword(configuration);
    allowReadableIdentityIds(configuration);
    deployRulesLikeProcesses(configuration);
    keepDecisionsThatRunningProcessesUse(configuration);
    countBusinessDays(configuration);
  }

  /** Deleting the last version of a decision that running processes evaluate is refused. */
  private void keepDecisionsThatRunningProcessesUse(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories = new ArrayList<>();
    if (configuration.getCustomSessionFactories() != null) {
      factories.addAll(configuration.getCustomSessionFactories());
    }
    factories.add(GuardedDeploymentManager.factory(decisionRemovalGuard));
    configuration.setCustomSessionFactories(factories);
  }

  /** Due dates and timers understand {@code 2BD} (business days) besides ISO-8601. */
  private void countBusinessDays(ProcessEngineConfigurationImpl configuration) {
    configuration.setBusinessCalendarManager(
        BusinessDayCalendars.around(configuration.getBusinessCalendarManager(), businessDays));
  }

  /** After Camunda's own deployers, so a deployment's BPMN is checked before its DRL. */
  private void deployRulesLikeProcesses(ProcessEngineConfigurationImpl configuration) {
    List<Deployer> deployers = new ArrayList<>();
    if (configuration.getCustomPostDeployers() != null) {
      deployers.addAll(configuration.getCustomPostDeployers());
    }
    deployers.add(rulesDeployer);
    configuration.setCustomPostDeployers(deployers);
  }

  private static void allowReadableIdentityIds(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getUserResourceWhitelistPattern() == null) {
      configuration.setUserResourceWhitelistPattern(IDENTITY_ID_PATTERN);
    }
    if (configuration.getGroupResourceWhitelistPattern() == null) {
      configuration.setGroupResourceWhitelistPattern(IDENTITY_ID_PATTERN);
    }
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    accessSetup.createGroupsAndAuthorizations(engine);
    tasklistFilters.create(engine);
    productDeployment.deploy(engine);
  }
}
