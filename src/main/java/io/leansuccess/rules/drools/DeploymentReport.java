package io.leansuccess.rules.drools;

import java.io.Serializable;
import java.util.List;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ResourceReport;

/**
 * The errors a refused deployment has in one of its resources, as {@code /engine-rest} reports
 * them.
 */
public record DeploymentReport(String resourceName, List<Problem> errors)
    implements ResourceReport, Serializable {

  @Override
  public String getResourceName() {
    return resourceName;
  }

  @Override
  public List<Problem> getErrors() {
    return errors;
  }

  @Override
  public List<Problem> getWarnings() {
    return List.of();
  }
}
