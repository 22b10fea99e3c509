package io.leansuccess.rules.drools;

import io.leansuccess.decision.RulesVersion;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.springframework.stereotype.Component;

/**
 * Makes every {@code *.drl} of a deployment a decision, the way Camunda makes every BPMN a process
 * definition: it is compiled while the deployment is being stored, and a DRL that does not compile
 * fails the whole deployment, so broken rules are never stored and never evaluated. Whoever deploys
 * (Camunda Modeler, {@code /engine-rest/deployment/create}, the plugin itself) gets every compiler
 * message back.
 */
@Component
public class RulesDeployer implements Deployer {

  private final RuleSetCompiler compiler;
  private final RuleSetTable table;
  private final CompiledRulesCache cache;
  private final RulesInForce inForce;

  RulesDeployer(
      RuleSetCompiler compiler,
      RuleSetTable table,
      CompiledRulesCache cache,
      RulesInForce inForce) {
    this.compiler = compiler;
    this.table = table;
    this.cache = cache;
    this.inForce = inForce;
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    // Camunda also calls deployers when it re-reads an old deployment into its own cache;
    // those rules were checked and recorded when they were new, and are compiled lazily.
    if (!deployment.isNew()) {
      return;
    }
    List<CompiledRules> compiled = new ArrayList<>();
    Map<String, String> drlByDecision = new HashMap<>();
    List<CompilationProblem> problems = new ArrayList<>();
    Map<String, String> resourceByDecision = new HashMap<>();
    for (ResourceEntity resource : ruleSets(deployment)) {
      RulesVersion version = versionOf(deployment, resource.getName());
      String other = resourceByDecision.putIfAbsent(version.decisionName(), resource.getName());
      if (other != null) {
        problems.add(
            new CompilationProblem(
                resource.getName(),
                0,
                CompilationProblem.UNKNOWN_COLUMN,
                "decision "
                    + version.decisionName()
                    + " is already defined by "
                    + other
                    + " in this deployment; a decision is named after its file"));
        continue;
      }
      String drl = new String(resource.getBytes(), StandardCharsets.UTF_8);
      drlByDecision.put(version.decisionName(), drl);
      try {
        compiled.add(compiler.compileSubmitted(version, drl));
      } catch (RulesCompilationException e) {
        problems.addAll(e.getProblems());
      }
    }
    if (!problems.isEmpty()) {
      RulesLogger.deploymentRefused(deployment.getName(), problems);
      throw new InvalidRulesException(problems);
    }
    if (!compiled.isEmpty()) {
      record(deployment, compiled, drlByDecision);
    }
  }

  private void record(
      DeploymentEntity deployment,
      List<CompiledRules> compiled,
      Map<String, String> drlByDecision) {
    String deployedBy = Context.getCommandContext().getAuthenticatedUserId();
    RulesOrigin origin = RulesOrigin.of(deployment.getSource());
    compiled.forEach(
        rules ->
            table.insert(
                rules.version(),
                deployedBy,
                origin,
                drlByDecision.get(rules.version().decisionName())));
    // the next decision on this node after the commit sees the new versions
    inForce.forgetWhenTransactionEnds();
    // before the commit no other transaction could find these rules, after a rollback none will
    Context.getCommandContext()
        .getTransactionContext()
        .addTransactionListener(
            TransactionState.COMMITTED,
            committed -> {
              compiled.forEach(cache::put);
              compiled.forEach(
                  rules ->
                      RulesLogger.decisionLive(
                          rules.version().decisionName(),
                          rules.version().resourceName(),
                          rules.version().deploymentId(),
                          deployedBy));
            });
  }

  private static List<ResourceEntity> ruleSets(DeploymentEntity deployment) {
    if (deployment.getResources() == null) {
      return List.of();
    }
    return deployment.getResources().values().stream()
        .filter(resource -> RuleSetCompiler.isRuleSet(resource.getName()))
        .sorted(Comparator.comparing(ResourceEntity::getName))
        .toList();
  }

  private static RulesVersion versionOf(DeploymentEntity deployment, String resourceName) {
    return new RulesVersion(
        RuleSetCompiler.decisionNameOf(resourceName),
        deployment.getId(),
        deployment.getName(),
        deployment.getDeploymentTime().toInstant(),
        resourceName);
  }
}
