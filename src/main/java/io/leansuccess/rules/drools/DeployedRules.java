package io.leansuccess.rules.drools;

import io.leansuccess.decision.RulesVersion;
import io.leansuccess.decision.UnknownDecisionException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What Camunda's repository holds of the rules: whether a deployment still exists, and the DRL
 * text. It reads through the engine's entity managers, not {@code RepositoryService}, because the
 * latter applies the current user's authorizations: a CSM whose request evaluates a decision may
 * not read deployments (an admin power), yet the decision must still be found.
 */
@Component
public class DeployedRules {

  private final ObjectProvider<ProcessEngine> engine;

  /** The engine when first asked: its plugin's deployer needs the rules in force, and so this. */
  DeployedRules(ObjectProvider<ProcessEngine> engine) {
    this.engine = engine;
  }

  /** Name of each of these deployments that still exists, by deployment id. */
  public Map<String, String> existingDeploymentNames(Collection<String> deploymentIds) {
    if (deploymentIds.isEmpty()) {
      return Map.of();
    }
    List<DeploymentEntity> found =
        execute(
            context ->
                context
                    .getDeploymentManager()
                    .findDeploymentsByIds(
                        deploymentIds.stream().distinct().toArray(String[]::new)));
    // a deployment need not have a name, and Collectors.toMap refuses null values
    Map<String, String> names = new HashMap<>();
    found.forEach(deployment -> names.put(deployment.getId(), deployment.getName()));
    return names;
  }

  public String drlOf(RulesVersion version) {
    ResourceEntity resource =
        execute(
            context ->
                context
                    .getResourceManager()
                    .findResourceByDeploymentIdAndResourceName(
                        version.deploymentId(), version.resourceName()));
    if (resource == null) {
      throw new UnknownDecisionException(version.decisionName());
    }
    return new String(resource.getBytes(), StandardCharsets.UTF_8);
  }

  private <T> T execute(Command<T> command) {
    var configuration =
        (ProcessEngineConfigurationImpl) engine.getObject().getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired().execute(command);
  }
}
