package io.leansuccess.engine;

import java.util.Collection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the plugin did in the engine on its own, with the codes of {@code docs/logging.md}. */
final class EngineLogger {

  private static final Logger LOG = LoggerFactory.getLogger("io.leansuccess.engine");

  private EngineLogger() {}

  static void productDeployed(Collection<String> resources, String deploymentId) {
    LOG.info("LS-ENGINE-001 Lean Success resources {} in deployment {}", resources, deploymentId);
  }

  static void deploymentRefusedForMissingForms(String deploymentName, String problem) {
    LOG.warn("LS-ENGINE-002 Deployment {} refused: {}", deploymentName, problem);
  }
}
