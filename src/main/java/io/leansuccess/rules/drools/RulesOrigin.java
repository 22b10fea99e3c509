package io.leansuccess.rules.drools;

/** Where a rules version came from, as Camunda's deployment source tells it. */
public enum RulesOrigin {
  /** Camunda Modeler's deploy button: it sends {@code deployment-source} "Camunda Modeler". */
  MODELER,
  /** Any other call of {@code /engine-rest/deployment/create} or of the repository service. */
  API,
  /** The product's own resources, deployed by the plugin when the engine starts. */
  START_UP;

  static final String MODELER_SOURCE = "Camunda Modeler";

  /** The deployment source of what the plugin deploys at start-up. */
  public static final String PLUGIN_SOURCE = "lean-success plugin";

  static RulesOrigin of(String deploymentSource) {
    if (MODELER_SOURCE.equals(deploymentSource)) {
      return MODELER;
    }
    return PLUGIN_SOURCE.equals(deploymentSource) ? START_UP : API;
  }
}
