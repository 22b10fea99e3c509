package io.leansuccess.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** The Camunda side of the plugin: what it adds to the engine, in the order it happens. */
@Component
public class LeanSuccessEnginePlugin extends AbstractProcessEnginePlugin {

  private final ProductDeployment productDeployment;
  private final AccessSetup accessSetup;

  public LeanSuccessEnginePlugin(ProductDeployment productDeployment, AccessSetup accessSetup) {
    this.productDeployment = productDeployment;
    this.accessSetup = accessSetup;
  }

  /** Ids such as {@code cs-manager} and {@code demo.csm}; Camunda's default allows letters and digits only. */
  static final String IDENTITY_ID_PATTERN = "[a-zA-Z0-9._-]+";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    accessSetup.checkAdminPassword(configuration);
    allowReadableIdentityIds(configuration);
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
    productDeployment.deploy(engine);
  }
}
