package io.leansuccess.rules.drools;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the rules deployer did, with the codes of {@code docs/logging.md}. */
final class RulesLogger {

  private static final Logger LOG = LoggerFactory.getLogger("io.leansuccess.rules");

  private RulesLogger() {}

  static void decisionLive(
      String decision, String resource, String deploymentId, String deployedBy) {
    LOG.info(
        "LS-RULES-001 Decision {} from {} of deployment {} is live (deployed by {})",
        decision,
        resource,
        deploymentId,
        deployedBy == null ? "the engine" : deployedBy);
  }

  static void deploymentRefused(String deploymentName, List<CompilationProblem> problems) {
    LOG.warn(
        "LS-RULES-002 Deployment {} refused: {} problem(s) in its rules, first: {}",
        deploymentName,
        problems.size(),
        problems.get(0).text());
  }
}
