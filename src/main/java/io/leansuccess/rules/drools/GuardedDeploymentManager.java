package io.leansuccess.rules.drools;

import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentManager;

/**
 * Camunda's deployment manager with one check before a deployment is deleted, whoever deletes it
 * (Cockpit, {@code DELETE /engine-rest/deployment/{id}}, the repository service): see {@link
 * DecisionRemovalGuard}, and the rules in force forgotten once it is gone (see {@link
 * RulesInForce}). Registered as a session factory, the engine's own extension point for its
 * managers.
 */
public class GuardedDeploymentManager extends DeploymentManager {

  private final DecisionRemovalGuard guard;
  private final RulesInForce inForce;

  GuardedDeploymentManager(DecisionRemovalGuard guard, RulesInForce inForce) {
    this.guard = guard;
    this.inForce = inForce;
  }

  @Override
  public void deleteDeployment(
      String deploymentId, boolean cascade, boolean skipCustomListeners, boolean skipIoMappings) {
    guard.checkDeletion(deploymentId);
    super.deleteDeployment(deploymentId, cascade, skipCustomListeners, skipIoMappings);
    // its decisions fall back to the versions before it on this node as soon as it is gone
    inForce.forgetWhenTransactionEnds();
  }

  public static SessionFactory factory(DecisionRemovalGuard guard, RulesInForce inForce) {
    return new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return DeploymentManager.class;
      }

      @Override
      public Session openSession() {
        return new GuardedDeploymentManager(guard, inForce);
      }
    };
  }
}
